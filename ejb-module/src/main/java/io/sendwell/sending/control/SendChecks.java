package io.sendwell.sending.control;

import io.sendwell.reputation.boundary.EnforcementService;
import io.sendwell.sending.entity.SendRefusedException;
import io.sendwell.suppression.boundary.SuppressionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The reputation side of a send: paused scopes, suppressed recipients and the throttle factor. */
@ApplicationScoped
public class SendChecks {

    @Inject
    EnforcementService enforcement;

    @Inject
    SuppressionService suppressions;

    /** Refuses a PAUSED sender; otherwise the share of its rate and limits it keeps (below 1 while THROTTLED). */
    public double refuseIfPausedElseThrottle(String tenantId, String domainId, String mailboxId) {
        EnforcementService.Standing standing = enforcement.standing(tenantId, domainId, mailboxId);
        standing.refusal().ifPresent(reason -> {
            throw new SendRefusedException(SendRefusedException.Reason.PAUSED, reason);
        });
        return standing.throttleFactor();
    }

    /** Names every suppressed recipient and why, so the caller can fix the list in one go. */
    public void refuseIfSuppressed(String tenantId, Collection<String> normalisedAddresses) {
        Map<String, String> suppressed = suppressions.suppressedAmong(tenantId, normalisedAddresses);
        if (!suppressed.isEmpty()) {
            String detail = suppressed.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new SendRefusedException(SendRefusedException.Reason.SUPPRESSED_RECIPIENTS,
                    "these recipients are on your suppression list: " + detail
                            + "; remove them from the message or from the list (DELETE /api/v1/suppressions/{address})");
        }
    }

    public double throttleFactor(String tenantId, String domainId, String mailboxId) {
        return enforcement.throttleFactor(tenantId, domainId, mailboxId);
    }
}
