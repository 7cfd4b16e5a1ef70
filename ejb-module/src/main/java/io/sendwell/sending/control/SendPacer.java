package io.sendwell.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link FairPacer} per SES region, at the account's current max send rate as last seen by
 * {@link AccountQuotas}: never a network call here, so an SES outage never makes the dispatch
 * threads (or the {@link DispatchQueue} lock they share) wait behind a GetAccount.
 */
@ApplicationScoped
public class SendPacer {

    private final Map<String, FairPacer> pacers = new ConcurrentHashMap<>();

    @Inject
    AccountQuotas quotas;

    public Duration acquire(OutboundTicket ticket) {
        double rate = Math.max(0.1, quotas.cached(ticket.region()).maxSendRate());
        FairPacer pacer = pacers.computeIfAbsent(ticket.region(), r -> new FairPacer());
        synchronized (pacer) {
            return pacer.acquire(ticket.tenantId(), ticket.recipients(), rate, ticket.rateFactor(), System.nanoTime());
        }
    }
}
