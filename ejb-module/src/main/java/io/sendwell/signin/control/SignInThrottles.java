package io.sendwell.signin.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** The server's one {@link SignInThrottle}, with the limits from configuration (sendwell.signin.*). */
@ApplicationScoped
public class SignInThrottles {

    /** Enough for a busy server's attackers; each key costs well under a kilobyte. */
    private static final int MAX_TRACKED_KEYS = 100_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sendwell.signin.window-seconds")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.signin.account.max-failures")
    int accountMaxFailures;

    @Inject
    @ConfigProperty(name = "sendwell.signin.account.lockout-seconds")
    long accountLockoutSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.signin.account.max-lockout-seconds")
    long accountMaxLockoutSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.signin.address.max-failures")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "sendwell.signin.address.lockout-seconds")
    long addressLockoutSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.signin.address.max-lockout-seconds")
    long addressMaxLockoutSeconds;

    private SignInThrottle throttle;

    @PostConstruct
    void create() {
        Duration window = Duration.ofSeconds(windowSeconds);
        throttle = new SignInThrottle(clock,
                new SignInThrottle.Limits(accountMaxFailures, window, Duration.ofSeconds(accountLockoutSeconds), Duration.ofSeconds(accountMaxLockoutSeconds)),
                new SignInThrottle.Limits(addressMaxFailures, window, Duration.ofSeconds(addressLockoutSeconds), Duration.ofSeconds(addressMaxLockoutSeconds)),
                MAX_TRACKED_KEYS);
    }

    /** A holder around a given throttle, for tests that drive the guard without a container. */
    public static SignInThrottles of(SignInThrottle throttle) {
        SignInThrottles holder = new SignInThrottles();
        holder.throttle = throttle;
        return holder;
    }

    public SignInThrottle throttle() {
        return throttle;
    }
}
