package io.sendwell.simulator.events;

import io.sendwell.simulator.SesException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class ConfigurationSet {

    private final String name;
    private final Instant createdAt;
    private final Map<String, EventDestination> destinations = new ConcurrentHashMap<>();

    public ConfigurationSet(String name, Instant createdAt) {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw SesException.badRequest("Invalid configuration set name: " + name
                    + ". It must contain only letters, numbers, underscores and dashes, at most 64 characters.");
        }
        this.name = name;
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void addDestination(EventDestination destination) {
        if (destinations.putIfAbsent(destination.name(), destination) != null) {
            throw SesException.alreadyExists("Event destination " + destination.name() + " already exists in configuration set " + name + ".");
        }
    }

    public void removeDestination(String destinationName) {
        if (destinations.remove(destinationName) == null) {
            throw SesException.notFound("Event destination " + destinationName + " does not exist in configuration set " + name + ".");
        }
    }

    public List<EventDestination> destinations() {
        return List.copyOf(destinations.values());
    }
}
