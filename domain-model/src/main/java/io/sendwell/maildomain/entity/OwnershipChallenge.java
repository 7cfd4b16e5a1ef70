package io.sendwell.maildomain.entity;

import io.sendwell.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;

/**
 * A tenant's proof-of-control challenge for one domain name: a random token the tenant publishes as
 * TXT {@code _sendwell-challenge.<domain>}. One per tenant and name; it is issued when a claim
 * needs proof (the name is taken in SES or by another tenant's unverified claim) and is spent when
 * the claim succeeds.
 */
@Entity
@Table(name = "ownership_challenge")
@NamedQuery(name = OwnershipChallenge.OF_TENANT_AND_NAME,
        query = "SELECT c FROM OwnershipChallenge c WHERE c.tenantId = :tenantId AND c.name = :name")
@NamedQuery(name = OwnershipChallenge.OF_TENANT,
        query = "SELECT c FROM OwnershipChallenge c WHERE c.tenantId = :tenantId ORDER BY c.name")
public class OwnershipChallenge {

    public static final String OF_TENANT_AND_NAME = "OwnershipChallenge.ofTenantAndName";
    public static final String OF_TENANT = "OwnershipChallenge.ofTenant";
    public static final String RECORD_LABEL = "_sendwell-challenge";
    public static final String VALUE_PREFIX = "sendwell-challenge=";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 253)
    private String name;

    @Column(nullable = false, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OwnershipChallenge() {
    }

    public OwnershipChallenge(String tenantId, DomainName name, Instant now) {
        if (tenantId == null) {
            throw new IllegalArgumentException("tenantId is required");
        }
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.name = name.asString();
        // 160 random bits: nobody can guess another tenant's value, and it fits one TXT string.
        StringBuilder t = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            t.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        this.token = t.toString();
        this.createdAt = now;
    }

    /** {@code _sendwell-challenge.<domain>}: under the domain itself, so only its DNS operator can publish it. */
    public String recordName() {
        return RECORD_LABEL + "." + name;
    }

    public String recordValue() {
        return VALUE_PREFIX + token;
    }

    /** True when one of the TXT records published at {@link #recordName()} is exactly this challenge's value. */
    public boolean isAnsweredBy(Collection<String> publishedTxt) {
        return publishedTxt.stream().map(String::strip).anyMatch(recordValue()::equals);
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public DomainName name() {
        return new DomainName(name);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
