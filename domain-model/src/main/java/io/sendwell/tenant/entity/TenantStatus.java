package io.sendwell.tenant.entity;

/** Whether a tenant may send at all. PAUSED is set by an operator (or by enforcement) and lifted by reinstatement. */
public enum TenantStatus {
    ACTIVE, PAUSED
}
