package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.Ids;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant-scoped API key. The plaintext is shown once, at creation; only its SHA-256 is kept.
 * A fast hash is right here (unlike for passwords): the secret is 256 random bits, so there is
 * nothing to brute-force, and every API request must check it cheaply. The public prefix finds
 * the row without scanning. Its {@link ApiScope}s limit what it may do; keys from before scopes
 * existed were given all three by the migration, so they keep working as they did.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.OF_TENANT, query = "SELECT k FROM ApiKey k WHERE k.tenantId = :tenantId ORDER BY k.createdAt")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "SELECT k FROM ApiKey k WHERE k.prefix = :prefix")
@NamedQuery(name = ApiKey.COUNT_ACTIVE_OF_TENANT,
        query = "SELECT COUNT(k) FROM ApiKey k WHERE k.tenantId = :tenantId AND k.revokedAt IS NULL")
public class ApiKey {

    public static final String OF_TENANT = "ApiKey.ofTenant";
    public static final String BY_PREFIX = "ApiKey.byPrefix";
    public static final String COUNT_ACTIVE_OF_TENANT = "ApiKey.countActiveOfTenant";
    private static final String MARK = "sw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, unique = true, length = 16)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    /** Comma-separated lower-case scope names, e.g. {@code send,read}. */
    @Column(nullable = false, length = 64)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    private ApiKey(String tenantId, String name, Set<ApiScope> scopes, String prefix, String secretHash, Instant now) {
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.name = Require.text(name, "name", 80);
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("an API key needs at least one scope");
        }
        this.scopes = EnumSet.copyOf(scopes).stream().map(ApiScope::asString).collect(Collectors.joining(","));
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdAt = now;
    }

    /** A new key and its plaintext, which the caller must show once and then forget. */
    public record Issued(ApiKey key, String plaintext) {
    }

    public static Issued issue(String tenantId, String name, Set<ApiScope> scopes, Instant now) {
        String prefix = randomHex(6);
        String plaintext = MARK + prefix + "_" + randomHex(32);
        return new Issued(new ApiKey(tenantId, name, scopes, prefix, sha256(plaintext), now), plaintext);
    }

    /** The lookup prefix of a presented key, or null when it does not look like one of ours. */
    public static String prefixOf(String presented) {
        if (presented == null || !presented.startsWith(MARK) || presented.length() != MARK.length() + 12 + 1 + 64) {
            return null;
        }
        return presented.substring(MARK.length(), MARK.length() + 12);
    }

    public boolean matches(String presented, Instant now) {
        return revokedAt == null
                && MessageDigest.isEqual(sha256(presented).getBytes(StandardCharsets.US_ASCII),
                        secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Set<ApiScope> scopes() {
        EnumSet<ApiScope> parsed = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).map(ApiScope::of).forEach(parsed::add);
        return Collections.unmodifiableSet(parsed);
    }

    public boolean allows(ApiScope scope) {
        return scopes().contains(scope);
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
