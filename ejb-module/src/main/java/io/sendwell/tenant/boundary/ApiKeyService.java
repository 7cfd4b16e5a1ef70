package io.sendwell.tenant.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.tenant.entity.ApiKey;
import io.sendwell.tenant.entity.QuotaKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Issuing, listing, revoking and checking tenant API keys. */
@Stateless
public class ApiKeyService {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    TenantService tenants;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The tenant a presented key belongs to, the key's id (never the secret) and what it may do. */
    public record KeyOwner(String tenantId, String keyId, Set<ApiScope> scopes) {

        public Caller asCaller(String sourceAddress) {
            return Caller.apiKey(keyId, tenantId, scopes, sourceAddress);
        }
    }

    /** {@code scopes} from {@link ApiScope#requested}; an API key needs {@code manage} to get here at all. */
    public ApiKey.Issued issue(Caller caller, String tenantId, String name, Set<ApiScope> scopes) {
        tenants.requireRoomForOneMore(caller, tenantId, QuotaKind.API_KEYS, () -> em.createNamedQuery(
                ApiKey.COUNT_ACTIVE_OF_TENANT, Long.class).setParameter("tenantId", tenantId).getSingleResult());
        ApiKey.Issued issued = ApiKey.issue(tenantId, name, scopes, clock.instant());
        em.persist(issued.key());
        audit.record(caller, tenantId, "api-key.created", "api-key", issued.key().id(),
                "name=" + issued.key().name() + " scopes=" + names(issued.key().scopes()));
        return issued;
    }

    public List<ApiKey> list(Caller caller, String tenantId) {
        tenants.get(caller, tenantId);
        return em.createNamedQuery(ApiKey.OF_TENANT, ApiKey.class).setParameter("tenantId", tenantId).getResultList();
    }

    public ApiKey get(Caller caller, String tenantId, String keyId) {
        tenants.get(caller, tenantId);
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.tenantId().equals(tenantId)) {
            throw new NotFoundException("API key", keyId);
        }
        return key;
    }

    public void revoke(Caller caller, String tenantId, String keyId) {
        ApiKey key = get(caller, tenantId, keyId);
        key.revoke(clock.instant());
        audit.record(caller, tenantId, "api-key.revoked", "api-key", keyId, "name=" + key.name());
    }

    /** Checked on every API request; a revoked key fails at once because nothing is cached. */
    public Optional<KeyOwner> authenticate(String presented) {
        String prefix = ApiKey.prefixOf(presented);
        if (prefix == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class).setParameter("prefix", prefix)
                .getResultStream()
                .filter(key -> key.matches(presented, clock.instant()))
                .map(key -> new KeyOwner(key.tenantId(), key.id(), key.scopes()))
                .findFirst();
    }

    private static String names(Set<ApiScope> scopes) {
        return String.join(",", scopes.stream().map(ApiScope::asString).toList());
    }
}
