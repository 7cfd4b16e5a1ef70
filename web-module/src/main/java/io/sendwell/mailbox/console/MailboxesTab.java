package io.sendwell.mailbox.console;

import io.sendwell.mailbox.boundary.MailboxService;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.tenant.console.TenantView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The mailboxes tab of a tenant's page: create, change the daily limit, pause and reinstate. */
@Named
@ViewScoped
public class MailboxesTab implements Serializable {

    @Inject
    MailboxService mailboxes;

    @Inject
    TenantView page;

    @Inject
    SignedInUser me;

    private transient List<Mailbox> list;
    private String address;
    private String displayName;
    private Integer dailyLimit;
    /** The mailbox whose limit the edit dialog changes. */
    private String editedId;
    private String editedAddress;
    private Integer editedLimit;

    public void create() {
        Feedback.attempt(() -> {
            mailboxes.create(me.caller(), page.tenantId(), new MailboxService.NewMailbox(address, displayName, dailyLimit));
            address = displayName = null;
            dailyLimit = null;
            list = null;
        }, "Mailbox created.");
    }

    public void edit(Mailbox mailbox) {
        editedId = mailbox.id();
        editedAddress = mailbox.address().asString();
        editedLimit = mailbox.dailyLimit();
    }

    public void saveLimit() {
        change(new MailboxService.MailboxChanges(null, editedLimit, null, null), "Daily limit changed.");
    }

    public void pause(String mailboxId) {
        editedId = mailboxId;
        change(new MailboxService.MailboxChanges(null, null, "PAUSED", "paused in the console by " + me.getUsername()),
                "Mailbox paused.");
    }

    public void reinstate(String mailboxId) {
        editedId = mailboxId;
        change(new MailboxService.MailboxChanges(null, null, "ACTIVE", null), "Mailbox reinstated.");
    }

    private void change(MailboxService.MailboxChanges changes, String success) {
        Feedback.attempt(() -> mailboxes.update(me.caller(), page.tenantId(), editedId, changes), success);
        list = null;
    }

    public List<Mailbox> getList() {
        if (list == null) {
            list = page.tenantId() == null ? List.of() : mailboxes.list(me.caller(), page.tenantId());
        }
        return list;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Integer getDailyLimit() {
        return dailyLimit;
    }

    public void setDailyLimit(Integer dailyLimit) {
        this.dailyLimit = dailyLimit;
    }

    public String getEditedAddress() {
        return editedAddress;
    }

    public Integer getEditedLimit() {
        return editedLimit;
    }

    public void setEditedLimit(Integer editedLimit) {
        this.editedLimit = editedLimit;
    }
}
