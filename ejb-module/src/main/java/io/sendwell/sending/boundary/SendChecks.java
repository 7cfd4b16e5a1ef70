package io.sendwell.sending.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

/**
 * The reputation-side checks of a send: paused scopes, suppressed recipients and the throttle
 * factor. Feedback and enforcement fill them in; until then nothing is paused or suppressed.
 */
@ApplicationScoped
public class SendChecks {

    public void refuseIfPaused(String tenantId, String domainId, String mailboxId) {
        // filled in by the enforcement feature
    }

    public void refuseIfSuppressed(String tenantId, Collection<String> normalisedAddresses) {
        // filled in by the suppression feature
    }

    public double throttleFactor(String tenantId, String domainId, String mailboxId) {
        return 1.0;
    }
}
