package io.sendwell.maildomain.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * {@link DnsLookup} through dnsjava against one configured resolver. Nothing is cached: a tenant
 * who fixes a record and presses "check again" must see the fix, not our copy of the old answer.
 * (The resolver itself may still cache up to the record's TTL.)
 */
public class DnsjavaLookup implements DnsLookup {

    private final SimpleResolver resolver;

    public DnsjavaLookup(String resolverHost, int resolverPort, Duration timeout) {
        Objects.requireNonNull(resolverHost, "resolverHost");
        Objects.requireNonNull(timeout, "timeout");
        // InetSocketAddress with a literal IP does no lookup; a host name is resolved once, here.
        this.resolver = new SimpleResolver(new InetSocketAddress(resolverHost, resolverPort));
        this.resolver.setTimeout(timeout);
    }

    /** The system's resolver (resolv.conf or its platform equivalent), as dnsjava reads it. */
    public DnsjavaLookup(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        InetSocketAddress server = ResolverConfig.getCurrentConfig().server();
        this.resolver = new SimpleResolver(server);
        this.resolver.setTimeout(timeout);
    }

    @Override
    public List<String> txt(String name) {
        return query(name, Type.TXT, TXTRecord.class, txt -> String.join("", txt.getStrings()));
    }

    @Override
    public List<String> cname(String name) {
        return query(name, Type.CNAME, CNAMERecord.class, cname -> DnsNames.normalize(cname.getTarget().toString()));
    }

    @Override
    public List<MailExchanger> mx(String name) {
        return query(name, Type.MX, MXRecord.class,
                mx -> new MailExchanger(mx.getPriority(), mx.getTarget().toString()));
    }

    private <R extends Record, T> List<T> query(String name, int type, Class<R> recordClass, Function<R, T> mapper) {
        Name absolute = absolute(name);
        if (absolute == null) {
            return List.of();
        }
        Lookup lookup = new Lookup(absolute, type);
        lookup.setResolver(resolver);
        lookup.setCache(null); // null gives every Lookup a fresh, temporary cache
        lookup.setSearchPath((List<Name>) null);
        Record[] answers = lookup.run();
        return switch (lookup.getResult()) {
            case Lookup.SUCCESSFUL -> Arrays.stream(answers)
                    .filter(recordClass::isInstance)
                    .map(recordClass::cast)
                    .map(mapper)
                    .toList();
            case Lookup.HOST_NOT_FOUND, Lookup.TYPE_NOT_FOUND -> List.of();
            default -> throw new DnsLookupException("DNS lookup of " + Type.string(type) + " " + name
                    + " failed: " + lookup.getErrorString());
        };
    }

    /**
     * Null for a name DNS cannot hold (an empty label, a label over 63 or a name over 255 bytes).
     * Such names arrive from tenants' records, and no record can exist at them, so "no records" is
     * the true answer; throwing here once turned a typo in an SPF include into an HTTP 500.
     */
    private static Name absolute(String name) {
        try {
            return Name.fromString(DnsNames.normalize(name), Name.root);
        } catch (TextParseException e) {
            return null;
        }
    }
}
