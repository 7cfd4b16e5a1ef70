package io.sendwell.suppression.entity;

/** Why an address is on a tenant's suppression list. */
public enum SuppressionReason {
    /** A permanent (hard) bounce: the address does not exist or refuses mail for good. */
    BOUNCE,
    /** The recipient marked the mail as spam. */
    COMPLAINT,
    /** Added by the tenant or an operator (an unsubscribe handled elsewhere, a legal request). */
    MANUAL
}
