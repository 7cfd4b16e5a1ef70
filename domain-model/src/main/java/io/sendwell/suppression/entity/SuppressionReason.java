package io.sendwell.suppression.entity;

/** Why an address is on a tenant's suppression list. */
public enum SuppressionReason {
    /** A permanent (hard) bounce: the address does not exist or refuses mail for good. */
    BOUNCE,
    /** The recipient marked the mail as spam. */
    COMPLAINT,
    /** Added by the tenant or an operator (an unsubscribe handled elsewhere, a legal request). */
    MANUAL;

    /**
     * Bounces and complaints are SES telling us not to mail the address again; mailing it anyway
     * puts the shared account at risk. Lifting them takes a person (an operator, or the tenant's
     * admin in the console), not a key that may have leaked.
     */
    public boolean mayBeLiftedWithAnApiKey() {
        return this == MANUAL;
    }
}
