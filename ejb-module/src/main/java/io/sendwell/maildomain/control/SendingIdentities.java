package io.sendwell.maildomain.control;

import io.sendwell.maildomain.entity.DomainClaim.IdentityOwner;

import java.util.List;

/**
 * The port to the mail service's sending identities (SES email identities). SES identities are
 * per account, not per tenant: Sendwell tags each identity it creates with the tenant it created it
 * for ({@link #OWNER_TAG}), and only such an identity is ever reused without proof or deleted.
 */
public interface SendingIdentities {

    /** Tag key on identities Sendwell creates; the value is the tenant id. */
    String OWNER_TAG = "sendwell:tenant";

    record Registration(List<String> dkimTokens) {
    }

    enum Verification {
        PENDING, VERIFIED, FAILED
    }

    record Status(Verification verification, String dkimStatus, String mailFromStatus, String detail) {
    }

    /** The tenant's own DKIM key for BYODKIM; {@code toString()} hides the key. */
    record OwnDkimKey(String selector, String privateKeyBase64) {
        @Override
        public String toString() {
            return "OwnDkimKey[selector=" + selector + "]";
        }
    }

    /** The identity exists already (created by someone else between looking and creating). */
    class IdentityExistsException extends RuntimeException {
        public IdentityExistsException(String domain) {
            super("an SES identity for '" + domain + "' already exists");
        }
    }

    /** Who owns the identity of {@code domain}: absent, created by Sendwell for a tenant (tag), or unknown. */
    IdentityOwner owner(String region, String domain);

    /**
     * Creates the domain identity, tagged for {@code tenantId}, with Easy DKIM (or the tenant's own
     * key) and a custom MAIL FROM. Never takes over an existing identity: throws
     * {@link IdentityExistsException} if one exists.
     */
    Registration create(String region, String domain, String mailFromDomain, OwnDkimKey ownKey, String tenantId);

    /**
     * Uses an existing identity: its DKIM tokens, and the custom MAIL FROM set. Only for an identity
     * Sendwell created for this tenant, or one the tenant proved control of the domain for.
     */
    Registration useExisting(String region, String domain, String mailFromDomain);

    Status status(String region, String domain);

    /**
     * Deletes the identity only if it carries {@code tenantId}'s ownership tag; returns whether it
     * was deleted. An identity someone else created (or re-created) is left alone.
     */
    boolean removeIfCreatedFor(String region, String domain, String tenantId);
}
