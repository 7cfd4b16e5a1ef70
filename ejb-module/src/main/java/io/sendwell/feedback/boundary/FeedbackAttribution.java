package io.sendwell.feedback.boundary;

import io.sendwell.sending.entity.MessageTags;
import io.sendwell.feedback.control.SesEvent;
import io.sendwell.feedback.entity.DeliveryEvent.Attribution;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.tenant.entity.Tenant;
import jakarta.persistence.EntityManager;
import java.util.logging.Logger;

/**
 * Whose mail an event is about when the outbox row is unknown (not stored yet, or sent by another
 * Sendwell installation on the same account): the SES tags Sendwell sets on every send. Tags are
 * trusted only as far as the database confirms them, so an event can never create counters or
 * suppressions for a tenant that does not exist, or put a mailbox under the wrong tenant.
 */
final class FeedbackAttribution {

    private static final Logger LOG = Logger.getLogger(FeedbackAttribution.class.getName());

    private FeedbackAttribution() {
    }

    static Attribution fromTags(EntityManager em, SesEvent event) {
        String tenantId = event.tag(MessageTags.TENANT).orElse(null);
        if (tenantId == null || em.find(Tenant.class, tenantId) == null) {
            if (tenantId != null) {
                LOG.warning(() -> "SES message " + event.sesMessageId() + " is tagged with an unknown tenant; counted for the account only");
            }
            return Attribution.UNKNOWN;
        }
        String messageId = event.tag(MessageTags.MESSAGE).orElse(null);
        Mailbox mailbox = event.tag(MessageTags.MAILBOX).map(id -> em.find(Mailbox.class, id)).orElse(null);
        if (mailbox == null || !mailbox.belongsTo(tenantId)) {
            return new Attribution(messageId, tenantId, null, null);
        }
        return new Attribution(messageId, tenantId, mailbox.id(), mailbox.domainId());
    }
}
