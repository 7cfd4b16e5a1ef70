package io.sendwell.simulator.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One identity. Verification is a function of time: created + delay, or at once when forced. */
public final class EmailIdentity {

    public enum Type { DOMAIN, EMAIL_ADDRESS }

    private final String name;
    private final Type type;
    private final Instant createdAt;
    private final List<String> dkimTokens;
    private final boolean externalDkim;
    private final String configurationSetName;
    private final Map<String, String> tags;
    private volatile Instant verifiedAt;
    /** Held identities stay PENDING whatever the delay, as when DNS never gets the records. */
    private volatile boolean held;
    private volatile String mailFromDomain;
    private volatile String behaviorOnMxFailure = "USE_DEFAULT_VALUE";
    private volatile Instant mailFromSetAt;

    public EmailIdentity(String name, Instant createdAt, Duration verificationDelay, List<String> dkimTokens,
                         boolean externalDkim, String configurationSetName) {
        this(name, createdAt, verificationDelay, dkimTokens, externalDkim, configurationSetName, Map.of());
    }

    public EmailIdentity(String name, Instant createdAt, Duration verificationDelay, List<String> dkimTokens,
                         boolean externalDkim, String configurationSetName, Map<String, String> tags) {
        this.name = name;
        this.type = name.contains("@") ? Type.EMAIL_ADDRESS : Type.DOMAIN;
        this.createdAt = createdAt;
        this.verifiedAt = createdAt.plus(verificationDelay);
        this.dkimTokens = List.copyOf(dkimTokens);
        this.externalDkim = externalDkim;
        this.configurationSetName = configurationSetName;
        this.tags = Map.copyOf(tags);
    }

    public static String normalize(String identity) {
        return identity.trim().toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<String> dkimTokens() {
        return dkimTokens;
    }

    public boolean externalDkim() {
        return externalDkim;
    }

    public String configurationSetName() {
        return configurationSetName;
    }

    /** The tags given to CreateEmailIdentity (the simulator has no TagResource). */
    public Map<String, String> tags() {
        return tags;
    }

    public boolean isVerified(Instant now) {
        return !held && !now.isBefore(verifiedAt);
    }

    public void hold() {
        held = true;
    }

    public void verifyNow(Instant now) {
        held = false;
        if (now.isBefore(verifiedAt)) {
            verifiedAt = now;
        }
    }

    public String mailFromDomain() {
        return mailFromDomain;
    }

    public String behaviorOnMxFailure() {
        return behaviorOnMxFailure;
    }

    /** The MAIL FROM domain verifies like the identity: after the delay, counted from when it was set. */
    public String mailFromStatus(Instant now, Duration verificationDelay) {
        if (mailFromDomain == null) {
            return null;
        }
        return isVerified(now) && !now.isBefore(mailFromSetAt.plus(verificationDelay)) ? "SUCCESS" : "PENDING";
    }

    public void changeMailFrom(String domain, String behavior, Instant now) {
        this.mailFromDomain = domain == null || domain.isBlank() ? null : domain.trim().toLowerCase(Locale.ROOT);
        this.behaviorOnMxFailure = behavior == null ? "USE_DEFAULT_VALUE" : behavior;
        this.mailFromSetAt = now;
    }

    public void verifyMailFromNow(Instant now, Duration verificationDelay) {
        if (mailFromSetAt != null) {
            mailFromSetAt = now.minus(verificationDelay);
        }
    }
}
