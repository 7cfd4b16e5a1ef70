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
import io.sendwell.platform.control.Database;
import io.sendwell.reputation.boundary.EnforcementService;
import io.sendwell.reputation.control.ReputationCounters;
import io.sendwell.reputation.entity.ReputationScope;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.OutboundMessage;
import io.sendwell.suppression.boundary.SuppressionService;
import io.sendwell.suppression.entity.SuppressionReason;
import io.sendwell.feedback.control.FeedbackInbox;
import io.sendwell.feedback.control.SnsMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Records SES events exactly once and lets them move everything they affect, a batch in one
 * transaction: the messages and their recipients, the tenants' suppression lists, the reputation
 * counters, enforcement, and the events topic. Per batch, not per event, are: the duplicate check,
 * loading (and locking) the messages, the counter upserts (summed per scope and hour) and the
 * enforcement evaluation of each sender the batch touched — what made one event cost a dozen
 * round trips. Any runtime exception rolls the whole batch back; the drainer then records its
 * events one by one to find the one that cannot be recorded.
 */
@Stateless
public class FeedbackService {

    private static final Logger LOG = Logger.getLogger(FeedbackService.class.getName());
    private static final Caller FEEDBACK = Caller.system("feedback");
    /** SES's plain-text test notification when an SNS topic is attached as an event destination. */
    private static final String SETUP_NOTICE = "Successfully validated SNS topic";

    public enum Result { RECORDED, DUPLICATE, SKIPPED }

    /** One verified SNS notification: its MessageId and its Message (the SES event). */
    public record Notification(String snsMessageId, String sesEventJson) {
    }

    /** A sender a batch touched: enforcement evaluates each once, after the counters moved. */
    private record Sender(String tenantId, String domainId, String mailboxId) {
    }

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
    FeedbackInbox inbox;

    @Inject
    Database database;

    @Inject
    Clock clock;

    private final SesEventParser parser = new SesEventParser();

    /**
     * Records these waiting notifications of the feedback inbox and removes them from it, in one
     * transaction. Rows another server's drainer holds are skipped (PostgreSQL); returns how many
     * were recorded.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int recordFromInbox(List<Long> ids) {
        List<Object[]> rows = inbox.claim(em, ids);
        if (rows.isEmpty()) {
            return 0;
        }
        List<Notification> notifications = rows.stream().map(row -> {
            SnsMessage sns = SnsMessage.parse((String) row[1]);
            return new Notification(sns.messageId(), sns.message());
        }).toList();
        recordAll(notifications);
        inbox.remove(em, rows.stream().map(row -> (Long) row[0]).toList());
        return rows.size();
    }

    /** One result per notification, in order. */
    public List<Result> recordAll(List<Notification> notifications) {
        Instant now = clock.instant();
        List<SesEvent> parsed = notifications.stream().map(this::parse).toList();
        List<SesEvent> readable = parsed.stream().filter(e -> e != null).toList();
        if (readable.isEmpty()) {
            return parsed.stream().map(e -> Result.SKIPPED).toList();
        }
        RecordedBefore recordedBefore = RecordedBefore.load(em, notifications, readable);
        FeedbackMessages messages = FeedbackMessages.lock(em, readable, database.isPostgres());
        SentTally tally = new SentTally(counters.sentAmong(readable.stream().map(SesEvent::sesMessageId).distinct().toList()));
        Set<Sender> touched = new LinkedHashSet<>();
        List<EventsTopic.Event> announcements = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            SesEvent event = parsed.get(i);
            if (event == null) {
                results.add(Result.SKIPPED);
            } else if (!recordedBefore.isFirst(notifications.get(i).snsMessageId(), event.idempotencyKey())) {
                results.add(Result.DUPLICATE);
            } else {
                touched.add(recordOne(notifications.get(i).snsMessageId(), event, messages, tally, now, announcements));
                results.add(Result.RECORDED);
            }
        }
        // The events' unique keys are checked here: a concurrent duplicate fails the batch before counters move.
        em.flush();
        counters.addAll(tally.settle(counters::markSent), tally.tenantOfScope());
        for (Sender sender : touched) {
            enforcement.evaluate(sender.tenantId(), sender.domainId(), sender.mailboxId(), now);
        }
        events.publishAll(announcements);
        return results;
    }

    private Sender recordOne(String snsMessageId, SesEvent event, FeedbackMessages messages, SentTally tally, Instant now,
                             List<EventsTopic.Event> announcements) {
        Optional<OutboundMessage> message = messages.of(event);
        Attribution who = message.map(m -> new Attribution(m.id(), m.tenantId(), m.mailboxId(), m.domainId()))
                .orElseGet(() -> FeedbackAttribution.fromTags(em, event));
        DeliveryEvent recorded = new DeliveryEvent(snsMessageId, event.idempotencyKey(), event.type().wireName(),
                event.sesMessageId(), who, event.recipients().size(), event.timestamp(), now, summary(event));
        em.persist(recorded);
        message.ifPresent(m -> applyToMessage(m, messages.recipientsOf(m.id()), event, now));
        List<String> suppressed = suppress(event, who, recorded.id(), now);
        tally.add(event, ReputationContribution.of(event),
                ReputationScope.chainWithAccount(who.tenantId(), who.domainId(), who.mailboxId()), who.tenantId());
        announcements.add(new EventsTopic.Event("delivery", who.tenantId(), DeliveryEventJson.of(recorded, event, suppressed)));
        return new Sender(who.tenantId(), who.domainId(), who.mailboxId());
    }

    private SesEvent parse(Notification notification) {
        if (notification.sesEventJson().strip().startsWith(SETUP_NOTICE)) {
            LOG.info(() -> "SES validated the SNS topic (notification " + notification.snsMessageId() + ")");
            return null;
        }
        try {
            return parser.parse(notification.sesEventJson());
        } catch (MalformedSesEventException e) {
            // Redelivery cannot make bad data readable: log it (without the body) and move on.
            LOG.warning(() -> "Skipping SNS notification " + notification.snsMessageId() + ": not an SES event we can read ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    private void applyToMessage(OutboundMessage message, List<MessageRecipient> recipients, SesEvent event, Instant now) {
        ReputationContribution.messageStatus(event).ifPresent(status -> message.recordFeedback(status, summary(event), now));
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
        List<String> added = suppressions.suppressFromFeedback(FEEDBACK, who.tenantId(), event.addressesToSuppress(), reason,
                summary(event), eventId, now);
        em.flush(); // the next event of the batch may suppress the same address: let it see this one
        return added;
    }

    static String summary(SesEvent event) {
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
