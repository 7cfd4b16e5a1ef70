package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.DeliveryEventJson;
import io.sendwell.feedback.control.MalformedSesEventException;
import io.sendwell.feedback.control.RecipientOutcome;
import io.sendwell.feedback.control.ReputationContribution;
import io.sendwell.feedback.control.SesEvent;
import io.sendwell.feedback.control.SesEventParser;
import io.sendwell.feedback.control.SesEventType;
import io.sendwell.feedback.entity.DeliveryEvent;
import io.sendwell.feedback.entity.DeliveryEvent.Attribution;
import io.sendwell.integration.control.EventsTopic;
import io.sendwell.platform.control.Caller;
import io.sendwell.reputation.boundary.EnforcementService;
import io.sendwell.reputation.control.ReputationCounters;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.OutboundMessage;
import io.sendwell.suppression.boundary.SuppressionService;
import io.sendwell.suppression.entity.SuppressionReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Records one SES event exactly once and lets it move everything it affects, in one transaction:
 * the message and its recipients, the tenant's suppression list, the reputation counters,
 * enforcement, and the events topic. Any runtime exception rolls all of it back and the JMS
 * message is redelivered.
 */
@Stateless
public class FeedbackService {

    private static final Logger LOG = Logger.getLogger(FeedbackService.class.getName());
    private static final Caller FEEDBACK = Caller.system("feedback");
    /** SES's plain-text test notification when an SNS topic is attached as an event destination. */
    private static final String SETUP_NOTICE = "Successfully validated SNS topic";

    public enum Result { RECORDED, DUPLICATE, SKIPPED }

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    SuppressionService suppressions;

    @Inject
    ReputationCounters counters;

    @Inject
    EnforcementService enforcement;

    @Inject
    EventsTopic events;

    @Inject
    Clock clock;

    private final SesEventParser parser = new SesEventParser();

    public Result record(String snsMessageId, String sesEventJson) {
        if (sesEventJson.strip().startsWith(SETUP_NOTICE)) {
            LOG.info(() -> "SES validated the SNS topic (notification " + snsMessageId + ")");
            return Result.SKIPPED;
        }
        SesEvent event;
        try {
            event = parser.parse(sesEventJson);
        } catch (MalformedSesEventException e) {
            // Redelivery cannot make bad data readable: log it (without the body) and move on.
            LOG.warning(() -> "Skipping SNS notification " + snsMessageId + ": not an SES event we can read (" + e.getMessage() + ")");
            return Result.SKIPPED;
        }
        if (em.createNamedQuery(DeliveryEvent.COUNT_SAME, Long.class).setParameter("snsMessageId", snsMessageId)
                .setParameter("idempotencyKey", event.idempotencyKey()).getSingleResult() > 0) {
            return Result.DUPLICATE;
        }
        Instant now = clock.instant();
        Optional<OutboundMessage> message = findMessage(event);
        Attribution who = message.map(m -> new Attribution(m.id(), m.tenantId(), m.mailboxId(), m.domainId()))
                .orElseGet(() -> FeedbackAttribution.fromTags(em, event));
        DeliveryEvent recorded = new DeliveryEvent(snsMessageId, event.idempotencyKey(), event.type().wireName(),
                event.sesMessageId(), who, event.recipients().size(), event.timestamp(), now, summary(event));
        em.persist(recorded);
        // A concurrent duplicate fails here, on the unique keys, before anything else has moved.
        em.flush();
        message.ifPresent(m -> applyToMessage(m, event, now));
        List<String> suppressed = suppress(event, who, recorded.id(), now);
        count(event, who);
        enforcement.evaluate(who.tenantId(), who.domainId(), who.mailboxId(), now);
        events.publish("delivery", who.tenantId(), DeliveryEventJson.of(recorded, event, suppressed));
        return Result.RECORDED;
    }

    private Optional<OutboundMessage> findMessage(SesEvent event) {
        // Locked: a message's Send, Delivery and Complaint events (and the dispatcher's "sent")
        // arrive together; they wait for each other instead of failing on the version check.
        Optional<OutboundMessage> bySesId = em.createNamedQuery(OutboundMessage.BY_SES_ID, OutboundMessage.class)
                .setParameter("sesMessageId", event.sesMessageId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (bySesId.isPresent()) {
            return bySesId;
        }
        // The SES id is stored after SendEmail returns; an event can overtake that write.
        return event.tag(FeedbackAttribution.MESSAGE_TAG)
                .map(id -> em.find(OutboundMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private void applyToMessage(OutboundMessage message, SesEvent event, Instant now) {
        ReputationContribution.messageStatus(event).ifPresent(status -> message.recordFeedback(status, summary(event), now));
        List<MessageRecipient> recipients = em.createNamedQuery(MessageRecipient.OF_MESSAGE, MessageRecipient.class)
                .setParameter("messageId", message.id()).getResultList();
        for (RecipientOutcome outcome : event.recipients()) {
            recipients.stream()
                    .filter(r -> r.address().equalsIgnoreCase(outcome.address()))
                    .filter(r -> RecipientOutcomes.moves(r.outcome(), outcome.outcome()))
                    .forEach(r -> r.recordOutcome(outcome.outcome().name(), outcome.diagnostic(), event.timestamp()));
        }
    }

    private List<String> suppress(SesEvent event, Attribution who, String eventId, Instant now) {
        if (!event.shouldSuppress()) {
            return List.of();
        }
        if (who.tenantId() == null) {
            LOG.warning(() -> "Cannot suppress the recipients of SES message " + event.sesMessageId() + ": no known tenant");
            return List.of();
        }
        SuppressionReason reason = event.type() == SesEventType.BOUNCE ? SuppressionReason.BOUNCE : SuppressionReason.COMPLAINT;
        return suppressions.suppressFromFeedback(FEEDBACK, who.tenantId(), event.addressesToSuppress(), reason,
                summary(event), eventId, now);
    }

    private void count(SesEvent event, Attribution who) {
        ReputationContribution contribution = ReputationContribution.of(event);
        long sent = 0;
        for (String address : contribution.sentCandidates()) {
            if (counters.markSent(event.sesMessageId(), address)) {
                sent++;
            }
        }
        ReputationCounts delta = new ReputationCounts(sent, contribution.delivered(), contribution.hardBounces(), contribution.complaints());
        List<ReputationScope> scopes = new ArrayList<>();
        if (who.mailboxId() != null) {
            scopes.add(ReputationScope.mailbox(who.mailboxId()));
        }
        if (who.domainId() != null) {
            scopes.add(ReputationScope.domain(who.domainId()));
        }
        if (who.tenantId() != null) {
            scopes.add(ReputationScope.tenant(who.tenantId()));
        }
        scopes.add(ReputationScope.ACCOUNT);
        counters.add(scopes, who.tenantId(), event.timestamp(), delta);
    }

    private static String summary(SesEvent event) {
        StringBuilder text = new StringBuilder(event.type().wireName());
        if (event.bounceType() != null) {
            text.append(' ').append(event.bounceType().wireName()).append('/').append(event.bounceSubType());
        }
        if (event.complaintFeedbackType() != null) {
            text.append(' ').append(event.complaintFeedbackType());
        }
        if (event.detail() != null) {
            text.append(": ").append(event.detail());
        }
        return text.length() <= 1000 ? text.toString() : text.substring(0, 1000);
    }
}
