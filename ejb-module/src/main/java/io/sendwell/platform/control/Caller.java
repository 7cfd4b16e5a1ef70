package io.sendwell.platform.control;

import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.NotFoundException;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, passed explicitly into every service method so that tenant isolation is
 * enforced in the services (not only in the REST layer or the console). Serializable because the
 * console keeps the signed-in user's caller in the HTTP session. Only an API key is limited by
 * {@code scopes}; everyone else has all of them.
 */
public record Caller(String actor, Role role, String tenantId, String sourceAddress, Set<ApiScope> scopes,
                     boolean apiKey) implements Serializable {

    private static final Set<ApiScope> ALL_SCOPES = Collections.unmodifiableSet(EnumSet.allOf(ApiScope.class));

    public enum Role {
        PLATFORM_ADMIN, TENANT
    }

    public Caller {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(role);
        if (role == Role.TENANT && tenantId == null) {
            throw new IllegalArgumentException("a tenant caller needs its tenant id");
        }
        if (apiKey && (role != Role.TENANT || scopes == null)) {
            throw new IllegalArgumentException("an API key acts for one tenant with the scopes it was issued with");
        }
        // No scopes on a caller that is not a key: also a console session stored before scopes existed.
        if (apiKey) {
            EnumSet<ApiScope> copy = EnumSet.noneOf(ApiScope.class);
            copy.addAll(scopes);
            scopes = Collections.unmodifiableSet(copy);
        } else {
            scopes = ALL_SCOPES;
        }
    }

    public static Caller platformAdmin(String actor, String sourceAddress) {
        return new Caller(actor, Role.PLATFORM_ADMIN, null, sourceAddress, ALL_SCOPES, false);
    }

    /** A person who administers one tenant (in the console). */
    public static Caller tenant(String actor, String tenantId, String sourceAddress) {
        return new Caller(actor, Role.TENANT, tenantId, sourceAddress, ALL_SCOPES, false);
    }

    /** A tenant's system presenting an API key: it may do only what the key's scopes allow. */
    public static Caller apiKey(String keyId, String tenantId, Set<ApiScope> scopes, String sourceAddress) {
        return new Caller("api-key:" + keyId, Role.TENANT, tenantId, sourceAddress, scopes, true);
    }

    /** The system itself (timers, MDBs, demo data), which acts for the platform. */
    public static Caller system(String component) {
        return new Caller("system:" + component, Role.PLATFORM_ADMIN, null, null, ALL_SCOPES, false);
    }

    public boolean isPlatformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    public boolean isApiKey() {
        return apiKey;
    }

    public void requireScope(ApiScope scope) {
        if (!scopes.contains(scope)) {
            throw new ForbiddenException("this API key lacks the '" + scope.asString() + "' scope; create a key with "
                    + "\"scopes\": [..., \"" + scope.asString() + "\"] for this operation");
        }
    }

    /**
     * Another tenant's objects are reported as not found, so a caller cannot even learn that
     * they exist.
     */
    public void checkCanSee(String ownerTenantId, String kind, String id) {
        if (!isPlatformAdmin() && !tenantId.equals(ownerTenantId)) {
            throw new NotFoundException(kind, id);
        }
    }

    public void requirePlatformAdmin(String what) {
        if (!isPlatformAdmin()) {
            throw new ForbiddenException("only a platform administrator may " + what);
        }
    }
}
