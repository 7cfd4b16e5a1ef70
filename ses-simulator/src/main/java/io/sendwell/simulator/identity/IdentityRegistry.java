package io.sendwell.simulator.identity;

import io.sendwell.simulator.SesException;
import io.sendwell.simulator.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class IdentityRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, EmailIdentity> identities = new ConcurrentHashMap<>();
    private final java.util.Set<String> heldNames = ConcurrentHashMap.newKeySet();

    @Inject
    SimulatorConfig config;

    @Inject
    Clock clock;

    public EmailIdentity create(String name, String byodkimSelector, String configurationSetName) {
        return create(name, byodkimSelector, configurationSetName, Map.of());
    }

    public EmailIdentity create(String name, String byodkimSelector, String configurationSetName, Map<String, String> tags) {
        String key = EmailIdentity.normalize(name);
        validate(key);
        List<String> tokens = new ArrayList<>();
        boolean external = byodkimSelector != null;
        if (external) {
            tokens.add(byodkimSelector);
        } else if (!key.contains("@")) {
            for (int i = 0; i < 3; i++) {
                tokens.add(dkimToken());
            }
        }
        EmailIdentity identity = new EmailIdentity(key, clock.instant(), verificationDelay(), tokens, external,
                configurationSetName, tags);
        if (heldNames.contains(key)) {
            identity.hold();
        }
        if (identities.putIfAbsent(key, identity) != null) {
            throw SesException.alreadyExists("Email identity " + name + " already exist.");
        }
        return identity;
    }

    public EmailIdentity get(String name) {
        return find(name).orElseThrow(() -> SesException.notFound("Email identity " + name + " does not exist."));
    }

    public Optional<EmailIdentity> find(String name) {
        return Optional.ofNullable(identities.get(EmailIdentity.normalize(name)));
    }

    public void delete(String name) {
        if (identities.remove(EmailIdentity.normalize(name)) == null) {
            throw SesException.notFound("Email identity " + name + " does not exist.");
        }
    }

    public List<EmailIdentity> list() {
        return identities.values().stream().sorted(Comparator.comparing(EmailIdentity::createdAt)).toList();
    }

    /**
     * Keeps the identity PENDING until {@link #verifyNow} (the DNS records "never appear"). Works
     * before the identity exists, so a test can hold a name that Sendwell is about to create.
     */
    public void hold(String name) {
        String key = EmailIdentity.normalize(name);
        heldNames.add(key);
        find(key).ifPresent(EmailIdentity::hold);
    }

    public void verifyNow(String name) {
        heldNames.remove(EmailIdentity.normalize(name));
        EmailIdentity identity = get(name);
        identity.verifyNow(clock.instant());
        identity.verifyMailFromNow(clock.instant(), verificationDelay());
    }

    /**
     * An address may be used when it, its domain or a parent domain is a verified identity (SES lets a
     * verified domain send from its subdomains).
     */
    public boolean isVerifiedForSending(String address) {
        String normalized = EmailIdentity.normalize(address);
        if (verified(normalized)) {
            return true;
        }
        int at = normalized.lastIndexOf('@');
        String domain = at < 0 ? normalized : normalized.substring(at + 1);
        while (!domain.isEmpty()) {
            if (verified(domain)) {
                return true;
            }
            int dot = domain.indexOf('.');
            domain = dot < 0 ? "" : domain.substring(dot + 1);
        }
        return false;
    }

    public Duration verificationDelay() {
        return config.verificationDelay();
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public void clear() {
        identities.clear();
        heldNames.clear();
    }

    private boolean verified(String key) {
        EmailIdentity identity = identities.get(key);
        return identity != null && identity.isVerified(clock.instant());
    }

    private static void validate(String key) {
        if (key.isEmpty() || key.startsWith("@") || key.endsWith("@") || key.endsWith(".") || key.contains(" ")
                || key.indexOf('@') != key.lastIndexOf('@')) {
            throw SesException.badRequest("Invalid email identity: " + key);
        }
    }

    private static String dkimToken() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder token = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            token.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return token.toString().toLowerCase(Locale.ROOT);
    }
}
