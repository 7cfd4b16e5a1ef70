package io.sendwell.simulator.events;

import io.sendwell.simulator.SesException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class ConfigurationSets {

    private final Map<String, ConfigurationSet> sets = new ConcurrentHashMap<>();

    public ConfigurationSet create(String name, Instant now) {
        ConfigurationSet set = new ConfigurationSet(name, now);
        if (sets.putIfAbsent(name, set) != null) {
            throw SesException.alreadyExists("Configuration set <" + name + "> already exists.");
        }
        return set;
    }

    public Optional<ConfigurationSet> find(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    public ConfigurationSet get(String name) {
        return find(name).orElseThrow(() -> SesException.notFound("Configuration set <" + name + "> does not exist."));
    }

    public void delete(String name) {
        if (sets.remove(name) == null) {
            throw SesException.notFound("Configuration set <" + name + "> does not exist.");
        }
    }

    public List<ConfigurationSet> list() {
        return sets.values().stream().sorted(Comparator.comparing(ConfigurationSet::createdAt)).toList();
    }
}
