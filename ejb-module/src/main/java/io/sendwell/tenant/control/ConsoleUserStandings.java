package io.sendwell.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A short cache of console users' standing (session epoch, disabled, forced reset), because every
 * console request re-checks its user. A change on this server evicts the user's entry once its
 * transaction has committed (evicting earlier could let a concurrent request cache the old state);
 * other servers notice within {@code sendwell.console.session-recheck-seconds}.
 */
@ApplicationScoped
public class ConsoleUserStandings {

    /** Fired by the service when a user's standing changes (or the user is removed). */
    public record Changed(String userId) {
    }

    /** What every console request re-checks about its signed-in user (absent: the user was removed). */
    public record Standing(int sessionEpoch, boolean disabled, boolean passwordChangeRequired) {

        public boolean accepts(int signedInEpoch) {
            return !disabled && signedInEpoch == sessionEpoch;
        }
    }

    private record Cached(Optional<Standing> standing, Instant loadedAt) {
    }

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sendwell.console.session-recheck-seconds")
    long recheckSeconds;

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public Optional<Standing> get(String userId, Supplier<Optional<Standing>> load) {
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && now.isBefore(cached.loadedAt().plus(Duration.ofSeconds(recheckSeconds)))) {
            return cached.standing();
        }
        Optional<Standing> standing = load.get();
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear(); // rare, and only costs a reload per user
        }
        cache.put(userId, new Cached(standing, now));
        return standing;
    }

    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        cache.remove(change.userId());
    }
}
