package io.sendwell.maildomain.control;

import io.sendwell.maildomain.dns.DnsLookupException;
import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.maildomain.entity.OwnershipChallenge;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The DNS challenges tenants publish to prove control of a domain name. */
@Stateless
public class OwnershipChallenges {

    private static final Logger LOG = Logger.getLogger(OwnershipChallenges.class.getName());

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    DnsDoctors doctors;

    @Inject
    Clock clock;

    public Optional<OwnershipChallenge> find(String tenantId, DomainName name) {
        return em.createNamedQuery(OwnershipChallenge.OF_TENANT_AND_NAME, OwnershipChallenge.class)
                .setParameter("tenantId", tenantId).setParameter("name", name.asString())
                .getResultStream().findFirst();
    }

    public List<OwnershipChallenge> ofTenant(String tenantId) {
        return em.createNamedQuery(OwnershipChallenge.OF_TENANT, OwnershipChallenge.class)
                .setParameter("tenantId", tenantId).getResultList();
    }

    /** True when the tenant's challenge for the name exists and is published; an unanswered lookup is no proof. */
    public boolean isProven(String tenantId, DomainName name) {
        return find(tenantId, name).map(challenge -> {
            try {
                return challenge.isAnsweredBy(doctors.lookup().txt(challenge.recordName()));
            } catch (DnsLookupException e) {
                LOG.info("DNS challenge " + challenge.recordName() + " could not be looked up: " + e.getMessage());
                return false;
            }
        }).orElse(false);
    }

    /**
     * The tenant's challenge for the name (the existing one, or a new one), committed on its own:
     * the refusal rolls back the caller's transaction, but the tenant must get the same token back
     * next time. It is the refused claim's only trace; like every refused request it writes no
     * audit entry (the claim that later succeeds with it records "dnsProof=yes").
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OwnershipChallenge issueForRefusedClaim(String tenantId, DomainName name) {
        return find(tenantId, name).orElseGet(() -> {
            OwnershipChallenge fresh = new OwnershipChallenge(tenantId, name, clock.instant());
            em.persist(fresh);
            return fresh;
        });
    }

    /** A successful claim spends the challenge, so the next dispute starts with a new token. */
    public void spend(String tenantId, DomainName name) {
        find(tenantId, name).ifPresent(em::remove);
    }
}
