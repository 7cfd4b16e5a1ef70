package io.sendwell.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link FairPacer} per SES region, at the account's current max send rate. The quota is read
 * before the pacer's lock is taken: a GetAccount on a cache miss (or an SES outage) never makes
 * the other dispatch threads wait behind a network call.
 */
@ApplicationScoped
public class SendPacer {

    private final Map<String, FairPacer> pacers = new ConcurrentHashMap<>();

    @Inject
    AccountQuotas quotas;

    public Duration acquire(OutboundTicket ticket) {
        double rate = Math.max(0.1, quotas.of(ticket.region()).maxSendRate());
        FairPacer pacer = pacers.computeIfAbsent(ticket.region(), r -> new FairPacer());
        synchronized (pacer) {
            return pacer.acquire(ticket.tenantId(), ticket.recipients(), rate, ticket.rateFactor(), System.nanoTime());
        }
    }
}
