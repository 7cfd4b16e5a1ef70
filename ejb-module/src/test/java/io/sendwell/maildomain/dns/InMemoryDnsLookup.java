package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A real, in-memory {@link DnsLookup} for tests: publish records, break names, look them up. */
final class InMemoryDnsLookup implements DnsLookup {

    private final Map<String, List<String>> txt = new HashMap<>();
    private final Map<String, List<String>> cname = new HashMap<>();
    private final Map<String, List<MailExchanger>> mx = new HashMap<>();
    private final Set<String> failing = new HashSet<>();

    InMemoryDnsLookup txt(String name, String... texts) {
        txt.computeIfAbsent(key(name), k -> new ArrayList<>()).addAll(List.of(texts));
        return this;
    }

    InMemoryDnsLookup cname(String name, String target) {
        cname.computeIfAbsent(key(name), k -> new ArrayList<>()).add(DnsNames.normalize(target));
        return this;
    }

    InMemoryDnsLookup mx(String name, int preference, String host) {
        mx.computeIfAbsent(key(name), k -> new ArrayList<>()).add(new MailExchanger(preference, host));
        return this;
    }

    /** Every lookup of this name fails as if the resolver timed out. */
    InMemoryDnsLookup failing(String name) {
        failing.add(key(name));
        return this;
    }

    InMemoryDnsLookup withoutTxt(String name) {
        txt.remove(key(name));
        return this;
    }

    InMemoryDnsLookup withoutCname(String name) {
        cname.remove(key(name));
        return this;
    }

    InMemoryDnsLookup withoutMx(String name) {
        mx.remove(key(name));
        return this;
    }

    void remove(String name) {
        txt.remove(key(name));
        cname.remove(key(name));
        mx.remove(key(name));
    }

    @Override
    public List<String> txt(String name) {
        return answer(txt, name);
    }

    @Override
    public List<String> cname(String name) {
        return answer(cname, name);
    }

    @Override
    public List<MailExchanger> mx(String name) {
        return answer(mx, name);
    }

    private <T> List<T> answer(Map<String, List<T>> records, String name) {
        if (failing.contains(key(name))) {
            throw new DnsLookupException("timed out looking up " + name);
        }
        return List.copyOf(records.getOrDefault(key(name), List.of()));
    }

    private static String key(String name) {
        return DnsNames.normalize(name);
    }
}
