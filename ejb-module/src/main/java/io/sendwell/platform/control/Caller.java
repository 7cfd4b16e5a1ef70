package io.sendwell.platform.control;

import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.NotFoundException;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who is asking, passed explicitly into every service method so that tenant isolation is
 * enforced in the services (not only in the REST layer or the console). Serializable because the
 * console keeps the signed-in user's caller in the HTTP session.
 */
public record Caller(String actor, Role role, String tenantId, String sourceAddress) implements Serializable {

    public enum Role {
        PLATFORM_ADMIN, TENANT
    }

    public Caller {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(role);
        if (role == Role.TENANT && tenantId == null) {
            throw new IllegalArgumentException("a tenant caller needs its tenant id");
        }
    }

    public static Caller platformAdmin(String actor, String sourceAddress) {
        return new Caller(actor, Role.PLATFORM_ADMIN, null, sourceAddress);
    }

    public static Caller tenant(String actor, String tenantId, String sourceAddress) {
        return new Caller(actor, Role.TENANT, tenantId, sourceAddress);
    }

    /** The system itself (timers, MDBs, demo data), which acts for the platform. */
    public static Caller system(String component) {
        return new Caller("system:" + component, Role.PLATFORM_ADMIN, null, null);
    }

    public boolean isPlatformAdmin() {
        return role == Role.PLATFORM_ADMIN;
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
