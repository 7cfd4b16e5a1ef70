package io.sendwell.simulator.suppression;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class SuppressionList {

    private final Map<String, SuppressedDestination> entries = new ConcurrentHashMap<>();

    public void put(SuppressedDestination destination) {
        entries.put(key(destination.emailAddress()), destination);
    }

    public Optional<SuppressedDestination> find(String address) {
        return Optional.ofNullable(entries.get(key(address)));
    }

    public boolean contains(String address) {
        return entries.containsKey(key(address));
    }

    public boolean remove(String address) {
        return entries.remove(key(address)) != null;
    }

    public List<SuppressedDestination> list() {
        return entries.values().stream().sorted(Comparator.comparing(SuppressedDestination::lastUpdateTime).reversed()).toList();
    }

    public void clear() {
        entries.clear();
    }

    private static String key(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
