package io.sendwell.sending.boundary;

import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.Ids;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.Require;
import io.sendwell.sending.control.AccountQuotas;
import io.sendwell.sending.control.DailyCounters;
import io.sendwell.sending.control.DailyLimit;
import io.sendwell.sending.control.DispatchQueue;
import io.sendwell.sending.control.MimeComposer;
import io.sendwell.sending.control.OutboundTicket;
import io.sendwell.sending.control.SendChecks;
import io.sendwell.sending.control.SendRequest;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.OutboundMessage;
import io.sendwell.sending.entity.RecipientKind;
import io.sendwell.sending.entity.SendRefusedException;
import io.sendwell.sending.entity.TrafficClass;
import io.sendwell.tenant.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accepts a message for sending: resolve the mailbox, validate, check suppressions, store it
 * QUEUED with its recipients and reserve against every daily limit — all in one database
 * transaction, so a refused or failed request leaves nothing behind and an accepted one is never
 * lost (the outbox row is the record). Only after that transaction has committed is the message
 * offered to this server's dispatcher; if the server dies first, the outbox sweeper finds it.
 */
@Stateless
public class SendingService {

    /** SES accepts at most 50 recipients per message. */
    public static final int MAX_RECIPIENTS = 50;

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    DailyCounters counters;

    @Inject
    AccountQuotas quotas;

    @Inject
    DispatchQueue dispatchQueue;

    @Inject
    SendChecks checks;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The answer to a send: the message id and whether this was a replay of an earlier request. */
    public record Accepted(String messageId, String status, boolean replay) {
    }

    /**
     * Runs {@link #admit} in a transaction of its own, so that a request that lost the race for its
     * Idempotency-Key (the unique constraint refused its insert, after waiting for the winner's
     * commit) can still answer as a replay of the winner instead of failing. This method has a
     * (resource-less) transaction too: a refusal passing a method without one made Liberty roll
     * back its local transaction containment and log WLTC0017E with an FFDC for every 4xx.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Accepted accept(Caller caller, SendRequest request, String idempotencyKey) {
        try {
            return context.getBusinessObject(SendingService.class).admit(caller, request, idempotencyKey);
        } catch (IdempotencyKeyTaken e) {
            return findByIdempotencyKey(caller.tenantId(), idempotencyKey.strip())
                    .map(earlier -> new Accepted(earlier.id(), earlier.status().name(), true))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * A concurrent request with the same Idempotency-Key committed first (the unique index made this
     * insert wait for it, then refused it). A rule outcome, not a failure: no EJB error is logged.
     */
    static final class IdempotencyKeyTaken extends ConflictException {
        IdempotencyKeyTaken(String key) {
            super("Idempotency-Key '" + key + "' was used by a concurrent request; retry to get its answer");
        }
    }

    /** The send itself, in one transaction; use {@link #accept}. Public only for the container's proxy. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Accepted admit(Caller caller, SendRequest request, String idempotencyKey) {
        if (caller.isPlatformAdmin()) {
            throw new ForbiddenException("messages are sent with a tenant's API key, not as the platform administrator");
        }
        if (request == null) {
            throw new InvalidInputException("a JSON request body is required");
        }
        String key = idempotencyKey == null ? null : Require.text(idempotencyKey, "Idempotency-Key", 200);
        Optional<OutboundMessage> earlier = findByIdempotencyKey(caller.tenantId(), key);
        if (earlier.isPresent()) {
            return new Accepted(earlier.get().id(), earlier.get().status().name(), true);
        }
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        if (!tenant.isActive()) {
            throw new SendRefusedException(SendRefusedException.Reason.PAUSED, "tenant '" + tenant.slug() + "' is paused: " + tenant.statusReason());
        }
        EmailAddress from = EmailAddress.of(request.from());
        Mailbox mailbox = em.createNamedQuery(Mailbox.BY_ADDRESS, Mailbox.class).setParameter("address", from.normalised())
                .getResultStream().filter(m -> m.belongsTo(tenant.id())).findFirst()
                .orElseThrow(() -> new InvalidInputException("'from' address " + from + " is not one of your mailboxes"));
        if (!mailbox.isActive()) {
            throw new SendRefusedException(SendRefusedException.Reason.PAUSED, "mailbox " + from + " is paused: " + mailbox.statusReason());
        }
        MailDomain domain = em.find(MailDomain.class, mailbox.domainId());
        if (!domain.isVerified()) {
            throw new SendRefusedException(SendRefusedException.Reason.DOMAIN_NOT_VERIFIED, "domain " + domain.name()
                    + " is not verified yet (status " + domain.status() + "); publish its DNS records and wait for SES to verify it");
        }
        double throttle = checks.refuseIfPausedElseThrottle(tenant.id(), domain.id(), mailbox.id());
        TrafficClass trafficClass = TrafficClass.of(request.trafficClass());
        Map<String, RecipientKind> recipients = recipients(request);
        checks.refuseIfSuppressed(tenant.id(), recipients.keySet());

        String messageId = Ids.newId();
        MimeComposer.Composed mime = new MimeComposer().compose(messageId, from,
                request.fromName() == null ? mailbox.displayName() : request.fromName(),
                addressesOf(recipients, RecipientKind.TO), addressesOf(recipients, RecipientKind.CC),
                parse(request.replyTo(), "replyTo"), request, trafficClass);
        String region = tenant.sesRegion().asString();

        OutboundMessage message = new OutboundMessage(messageId, tenant.id(), mailbox.id(), domain.id(), from.asString(),
                mime.subject(), trafficClass, key, region, recipients.size(), mime.raw(), clock.instant());
        em.persist(message);
        flushClaiming(key); // the recipients' foreign key needs the message row first; EclipseLink does not order unrelated entities
        recipients.forEach((address, kind) -> em.persist(new MessageRecipient(messageId, address, kind)));
        em.flush();
        // Last, so the hot counter rows stay locked only for the reservation and the commit.
        quotas.admit(region, recipients.size());
        dispatchAfterCommit(new OutboundTicket(messageId, tenant.id(), domain.id(), mailbox.id(), region, recipients.size(), throttle));
        counters.reserve(limits(tenant, domain, mailbox, throttle), recipients.size());
        return new Accepted(messageId, message.status().name(), false);
    }

    /** Offers the message to the dispatcher once it is committed; gives back the quota estimate otherwise. */
    private void dispatchAfterCommit(OutboundTicket ticket) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatchQueue.offer(ticket);
                } else {
                    quotas.release(ticket.region(), ticket.recipients());
                }
            }
        });
    }

    private void flushClaiming(String idempotencyKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (idempotencyKey != null && isUniqueViolation(e)) {
                throw new IdempotencyKeyTaken(idempotencyKey);
            }
            throw e;
        }
    }

    /** SQLState 23505 on PostgreSQL and Derby alike; the message id is fresh, so only the key can collide. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Optional<OutboundMessage> findByIdempotencyKey(String tenantId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(OutboundMessage.BY_IDEMPOTENCY_KEY, OutboundMessage.class)
                .setParameter("tenantId", tenantId).setParameter("key", key).getResultStream().findFirst();
    }

    /**
     * Widest scope first, always in this order (see {@link DailyCounters}). The SES account's
     * 24-hour quota is checked in memory by {@link AccountQuotas}, not with a counter row.
     */
    private List<DailyLimit> limits(Tenant tenant, MailDomain domain, Mailbox mailbox, double throttle) {
        List<String> keys = DailyLimit.scopeKeys(tenant.id(), domain.id(), mailbox.id());
        List<DailyLimit> limits = new ArrayList<>();
        limits.add(new DailyLimit(keys.get(0), "the tenant's daily limit", scaled(tenant.dailyLimit(), throttle)));
        int domainLimit = domain.dailyLimit() == null ? tenant.dailyLimit() : domain.dailyLimit();
        limits.add(new DailyLimit(keys.get(1), "the daily limit of domain " + domain.name(), scaled(domainLimit, throttle)));
        limits.add(new DailyLimit(keys.get(2), "the daily limit of mailbox " + mailbox.address(),
                scaled(mailbox.dailyLimit(), throttle)));
        return limits;
    }

    private static long scaled(int limit, double factor) {
        return Math.max(1, (long) Math.floor(limit * factor));
    }

    private static Map<String, RecipientKind> recipients(SendRequest request) {
        Map<String, RecipientKind> recipients = new LinkedHashMap<>();
        parse(request.toOrEmpty(), "to").forEach(a -> recipients.putIfAbsent(a.normalised(), RecipientKind.TO));
        parse(request.ccOrEmpty(), "cc").forEach(a -> recipients.putIfAbsent(a.normalised(), RecipientKind.CC));
        parse(request.bccOrEmpty(), "bcc").forEach(a -> recipients.putIfAbsent(a.normalised(), RecipientKind.BCC));
        if (request.toOrEmpty().isEmpty()) {
            throw new InvalidInputException("'to' needs at least one recipient");
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("a message may have at most " + MAX_RECIPIENTS + " recipients (to, cc and bcc together); it has " + recipients.size());
        }
        return recipients;
    }

    private static List<EmailAddress> addressesOf(Map<String, RecipientKind> recipients, RecipientKind kind) {
        return recipients.entrySet().stream().filter(e -> e.getValue() == kind).map(e -> EmailAddress.of(e.getKey())).toList();
    }

    private static List<EmailAddress> parse(List<String> addresses, String field) {
        if (addresses == null) {
            return List.of();
        }
        List<EmailAddress> parsed = new ArrayList<>();
        for (String address : addresses) {
            try {
                parsed.add(EmailAddress.of(address));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(field + ": " + e.getMessage());
            }
        }
        return parsed;
    }
}
