package io.sendwell.sending.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.boundary.MailboxService;
import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.platform.control.Caller;
import io.sendwell.sending.control.SendRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The console's "send test message": one short transactional message from one of a tenant's
 * mailboxes, through the normal send path (limits, suppressions, enforcement all apply).
 *
 * <p>Sending is a tenant's act ({@link SendingService} refuses the platform administrator), so an
 * operator who explicitly picks a tenant sends as that tenant with an actor that names the
 * operator ({@code console:<operator>}); every test send is audited with who really sent it.
 */
@Stateless
public class TestMessages {

    @Inject
    MailboxService mailboxes;

    @Inject
    SendingService sending;

    @Inject
    AuditLog audit;

    public SendingService.Accepted send(Caller caller, String tenantId, String mailboxId, String to) {
        Mailbox mailbox = mailboxes.get(caller, tenantId, mailboxId);
        String recipient = EmailAddress.of(to).normalised();
        Caller sender = caller.isPlatformAdmin()
                ? Caller.tenant("console:" + caller.actor(), tenantId, caller.sourceAddress())
                : caller;
        SendRequest request = new SendRequest(mailbox.address().normalised(), mailbox.displayName(), List.of(recipient),
                null, null, null, "Test message from " + mailbox.address().normalised(),
                "This is a test message sent from the console to check that sending works.", null, null, null,
                "transactional", null);
        // accept() runs the send in a transaction of its own; the audit entry joins this one.
        SendingService.Accepted accepted = sending.accept(sender, request, null);
        audit.record(caller, tenantId, "message.test-sent", "message", accepted.messageId(),
                "from=" + mailbox.address().normalised() + " to=" + recipient);
        return accepted;
    }
}
