package io.sendwell.reputation.control;

import io.sendwell.reputation.entity.EnforcementDecision;
import io.sendwell.reputation.entity.EnforcementState;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationMetric;
import io.sendwell.reputation.entity.ReputationPolicy;
import io.sendwell.reputation.entity.ReputationWindow;
import io.sendwell.reputation.entity.ThresholdBreach;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the shared SES account well inside SES's review levels by acting on the tenant that drags it
 * down. A tenant's own levels alone are not enough: the account's rate is the average of all
 * tenants, so when the account itself reaches a level it is one step closer to SES's review than any
 * tenant evaluated alone would suggest. The guardian therefore acts one step harder: an account at
 * WARNING throttles the offending tenant, an account at THROTTLED or worse pauses it.
 *
 * <p>"Offending" means: in the window and metric of the account's worst breach, the tenant has a
 * representative volume and a rate at or above the account's. Tenants below the account's rate
 * improve it and are left alone.
 */
public final class AccountGuardian {

    private AccountGuardian() {
    }

    public static Optional<EnforcementDecision> decide(ReputationPolicy policy,
                                                       ReputationCounts account24h, ReputationCounts account7d,
                                                       EnforcementState tenantState,
                                                       ReputationCounts tenant24h, ReputationCounts tenant7d) {
        EnforcementDecision account = policy.evaluate(EnforcementState.HEALTHY, account24h, account7d);
        if (account.to() == EnforcementState.HEALTHY || account.breaches().isEmpty()) {
            return Optional.empty();
        }
        EnforcementState target = account.to() == EnforcementState.WARNING ? EnforcementState.THROTTLED : EnforcementState.PAUSED;
        if (!target.isWorseThan(tenantState)) {
            return Optional.empty();
        }
        ThresholdBreach worst = account.breaches().get(0);
        ReputationCounts tenant = worst.window() == ReputationWindow.LAST_24_HOURS ? tenant24h : tenant7d;
        if (!tenant.isRepresentative(policy.minimumVolume())) {
            return Optional.empty();
        }
        double tenantRate = worst.metric() == ReputationMetric.BOUNCE_RATE ? tenant.bounceRate() : tenant.complaintRate();
        if (tenantRate < worst.value()) {
            return Optional.empty();
        }
        String why = String.format(Locale.ROOT, "account guardian: account %s; this tenant's %s is %.3f%%, at or above the account's",
                worst.describe(), worst.metric().description(), tenantRate * 100);
        return Optional.of(new EnforcementDecision(tenantState, target, List.of(worst), why));
    }
}
