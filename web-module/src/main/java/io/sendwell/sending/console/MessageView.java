package io.sendwell.sending.console;

import io.sendwell.feedback.boundary.MessageEvents;
import io.sendwell.feedback.entity.DeliveryEvent;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.sending.boundary.MessageQueries;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.OutboundMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** One message: its facts, recipients with their outcomes, and the SES events as a timeline. */
@Named
@ViewScoped
public class MessageView implements Serializable {

    @Inject
    MessageQueries messages;

    @Inject
    MessageEvents events;

    @Inject
    SignedInUser me;

    /**
     * Polls every 4 s stop after 10 minutes even when the message is not settled: each poll is a
     * request that keeps the session from idling out, so an open tab must not keep it alive forever.
     */
    static final int MAX_POLLS = 150;

    private String id;
    private boolean notFound;
    private int polls;
    /** Entities are not serializable: reloaded after passivation, and on "refresh". */
    private transient OutboundMessage message;
    private transient List<MessageRecipient> recipients;
    private transient List<DeliveryEvent> timeline;

    /** f:viewAction on GET; another tenant's message is "not found" (the service decides). */
    public void load() {
        try {
            if (id == null || id.isBlank()) {
                throw new NotFoundException("message", "");
            }
            refresh();
        } catch (NotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Feedback arrives asynchronously: the page polls while the message can still change ({@link #isPolling}). */
    public void refresh() {
        message = messages.get(me.caller(), id);
        recipients = messages.recipients(me.caller(), id);
        timeline = events.ofMessage(me.caller(), id);
    }

    /** The poll's listener: one more refresh, counted against {@link #MAX_POLLS}. */
    public void poll() {
        polls++;
        refresh();
    }

    /** Whether the page keeps polling: until the message is settled (see {@link MessageRecipient#settled}). */
    public boolean isPolling() {
        return !notFound && getMessage() != null && polls < MAX_POLLS && !MessageRecipient.settled(message, getRecipients());
    }

    public OutboundMessage getMessage() {
        if (message == null && !notFound && id != null) {
            refresh();
        }
        return message;
    }

    public List<MessageRecipient> getRecipients() {
        getMessage();
        return recipients;
    }

    public List<DeliveryEvent> getTimeline() {
        getMessage();
        return timeline;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
