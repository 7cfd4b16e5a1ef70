package io.sendwell.sending.boundary;

import io.sendwell.sending.control.FairPacer;
import io.sendwell.sending.control.OutboundTicket;
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

    public Duration acquire(OutboundTicket ticket) {
        double rate = Math.max(0.1, quotas.of(ticket.region()).maxSendRate());
        return pacers.computeIfAbsent(ticket.region(), r -> new FairPacer())
                .acquire(ticket.tenantId(), ticket.recipients(), rate, ticket.rateFactor(), System.nanoTime());
    }
}
