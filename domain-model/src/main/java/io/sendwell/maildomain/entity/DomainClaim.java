package io.sendwell.maildomain.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Who may claim a domain name, as one pure rule (unit-tested as a table): the tenant asking, what
 * Sendwell already has for the name, which other tenants verified a parent of it, who owns the
 * SES identity of the name, and whether the tenant has proven control of the name's DNS.
 *
 * <ul>
 * <li>A name another tenant VERIFIED is never taken: SES verified that tenant's DKIM records.</li>
 * <li>Another tenant's unverified claim blocks the name until it lapses ({@code claimTtl}) or the
 *     asking tenant proves control of DNS; then it is displaced.</li>
 * <li>A subdomain of a domain another tenant verified needs proof.</li>
 * <li>An SES identity that Sendwell did not create for this tenant is only used with proof
 *     (adopted, never deleted by Sendwell); one created for this tenant before is reused; one
 *     created for the displaced tenant is deleted with its claim and made afresh.</li>
 * </ul>
 */
public final class DomainClaim {

    /** Who owns the SES identity of the name, as its ownership tag says. */
    public sealed interface IdentityOwner {
        IdentityOwner ABSENT = new Absent();
        IdentityOwner UNKNOWN = new Unknown();

        static IdentityOwner tenant(String tenantId) {
            return new CreatedFor(tenantId);
        }
    }

    /** No identity of that name in the SES account. */
    public record Absent() implements IdentityOwner {
    }

    /** An identity without Sendwell's tag: created by someone else in the account. */
    public record Unknown() implements IdentityOwner {
    }

    /** An identity Sendwell created, tagged with the tenant it was created for. */
    public record CreatedFor(String tenantId) implements IdentityOwner {
    }

    public enum Outcome {
        /** Create a new SES identity. */
        CREATE_IDENTITY,
        /** Use the identity Sendwell created for this tenant earlier (left over from a failed or removed claim). */
        REUSE_OWN_IDENTITY,
        /** Use an identity Sendwell did not create for this tenant: only after a DNS proof; never deleted. */
        ADOPT_IDENTITY,
        /** Refused; a DNS proof would change the answer. */
        PROOF_REQUIRED,
        /** Refused whatever the tenant proves. */
        REFUSED
    }

    /**
     * @param displaced the other tenant's unverified claim to remove first (lapsed or out-proven), or null
     * @param reason    why, for refusals and the audit trail
     */
    public record Decision(Outcome outcome, MailDomain displaced, String reason) {
        public boolean allowed() {
            return outcome != Outcome.PROOF_REQUIRED && outcome != Outcome.REFUSED;
        }
    }

    private DomainClaim() {
    }

    /**
     * @param existing                  the claim Sendwell has for exactly this name, or null
     * @param verifiedParentsOfOthers   verified domains of other tenants that this name is a strict subdomain of
     * @param identity                  owner of the SES identity of this name
     * @param proven                    the tenant's TXT challenge for this name is published
     */
    public static Decision decide(String tenantId, DomainName name, MailDomain existing,
                                  List<MailDomain> verifiedParentsOfOthers, IdentityOwner identity, boolean proven,
                                  Instant now, Duration claimTtl) {
        MailDomain displaced = null;
        if (existing != null) {
            if (existing.belongsTo(tenantId)) {
                return new Decision(Outcome.REFUSED, null, "domain '" + name + "' is already registered for this tenant");
            }
            if (existing.isVerified()) {
                // Deliberately does not say which tenant owns it.
                return new Decision(Outcome.REFUSED, null, "domain '" + name + "' is already registered on this platform");
            }
            if (!existing.isLapsedClaim(now, claimTtl) && !proven) {
                return new Decision(Outcome.PROOF_REQUIRED, null, "domain '" + name
                        + "' is already registered on this platform but not verified");
            }
            displaced = existing;
        }
        if (!verifiedParentsOfOthers.isEmpty() && !proven) {
            return new Decision(Outcome.PROOF_REQUIRED, displaced, "domain '" + name
                    + "' is a subdomain of a domain another tenant has verified");
        }
        if (identity instanceof Absent) {
            return new Decision(Outcome.CREATE_IDENTITY, displaced, "no SES identity yet");
        }
        if (identity instanceof CreatedFor owner && owner.tenantId().equals(tenantId)) {
            return new Decision(Outcome.REUSE_OWN_IDENTITY, displaced, "SES identity created by Sendwell for this tenant");
        }
        if (identity instanceof CreatedFor owner && displaced != null && displaced.belongsTo(owner.tenantId())
                && displaced.sesIdentityCreated()) {
            return new Decision(Outcome.CREATE_IDENTITY, displaced, "the displaced claim's SES identity is replaced");
        }
        if (proven) {
            return new Decision(Outcome.ADOPT_IDENTITY, displaced, "existing SES identity adopted on DNS proof");
        }
        return new Decision(Outcome.PROOF_REQUIRED, displaced, "an SES identity for '" + name
                + "' already exists in the platform's SES account and was not created by Sendwell for this tenant");
    }
}
