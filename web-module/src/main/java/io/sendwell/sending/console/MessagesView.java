package io.sendwell.sending.console;

import io.sendwell.mailbox.boundary.MailboxService;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.entity.Page;
import io.sendwell.sending.boundary.MessageQueries;
import io.sendwell.sending.boundary.MessageQueries.MessageFilter;
import io.sendwell.sending.boundary.TestMessages;
import io.sendwell.sending.entity.MessageStatus;
import io.sendwell.sending.entity.OutboundMessage;
import io.sendwell.tenant.console.TenantChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A tenant's messages, newest first, one database page at a time, searched by recipient, status
 * and date range (UTC days); and the "send test message" dialog. Operators pick the tenant.
 */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    @Inject
    MessageQueries messages;

    @Inject
    MailboxService mailboxes;

    @Inject
    TestMessages testMessages;

    @Inject
    TenantChoice tenantChoice;

    @Inject
    SignedInUser me;

    private String tenantId;
    private String recipient;
    private MessageStatus status;
    private LocalDate fromDay;
    private LocalDate toDay;
    private String testMailboxId;
    private String testTo;
    private String sentMessageId;
    private transient List<Mailbox> mailboxList;
    private final LazyDataModel<OutboundMessage> model = new MessagesModel();

    /** f:viewAction: fixes the tenant (own tenant, or ?tenant= for operators). */
    public void load() {
        tenantId = tenantChoice.initial(tenantId);
    }

    /** The search form and the tenant select re-render the table; the lazy model reads the fields. */
    public void search() {
        mailboxList = null;
    }

    public void sendTest() {
        Feedback.attempt(() -> sentMessageId = testMessages.send(me.caller(), tenantId, testMailboxId, testTo).messageId(),
                "Test message queued. Its events appear on the message page as SES reports them.");
        testTo = null;
    }

    public List<Mailbox> getMailboxes() {
        if (mailboxList == null) {
            mailboxList = tenantId == null ? List.of() : mailboxes.list(me.caller(), tenantId);
        }
        return mailboxList;
    }

    public MessageStatus[] getStatuses() {
        return MessageStatus.values();
    }

    public LazyDataModel<OutboundMessage> getModel() {
        return model;
    }

    private class MessagesModel extends LazyDataModel<OutboundMessage> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return tenantId == null ? 0 : (int) page(0, 1).total();
        }

        @Override
        public List<OutboundMessage> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return tenantId == null ? List.of() : page(first, Math.min(pageSize, Page.MAX_LIMIT)).items();
        }

        @Override
        public String getRowKey(OutboundMessage message) {
            return message.id();
        }

        private Page<OutboundMessage> page(int first, int size) {
            String search = recipient == null || recipient.isBlank() ? null : recipient;
            return messages.list(me.caller(), new MessageFilter(tenantId, status == null ? null : status.name(), null, search,
                    startOf(fromDay), toDay == null ? null : startOf(toDay.plusDays(1))), first, size);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public void setStatus(MessageStatus status) {
        this.status = status;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }

    public String getTestMailboxId() {
        return testMailboxId;
    }

    public void setTestMailboxId(String testMailboxId) {
        this.testMailboxId = testMailboxId;
    }

    public String getTestTo() {
        return testTo;
    }

    public void setTestTo(String testTo) {
        this.testTo = testTo;
    }

    public String getSentMessageId() {
        return sentMessageId;
    }
}
