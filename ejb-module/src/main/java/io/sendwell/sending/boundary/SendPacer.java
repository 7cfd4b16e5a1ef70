package io.sendwell.sending.boundary;

import io.sendwell.sending.control.FairPacer;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One {@link FairPacer} per SES region, at the account's current max send rate. */
@Singleton
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SendPacer {

    private final Map<String, FairPacer> pacers = new HashMap<>();

    @Inject
    AccountQuotas quotas;

    public Duration acquire(String region, String tenantId, double tenantRateFactor) {
        double rate = Math.max(0.1, quotas.of(region).maxSendRate());
        return pacers.computeIfAbsent(region, r -> new FairPacer()).acquire(tenantId, rate, tenantRateFactor, System.nanoTime());
    }
}
