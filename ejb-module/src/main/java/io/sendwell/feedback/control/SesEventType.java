package io.sendwell.feedback.control;

import java.util.Arrays;

/** SES sending event types, with the name SES uses on the wire and the key of the type's body object. */
public enum SesEventType {
    SEND("Send", "send"),
    REJECT("Reject", "reject"),
    BOUNCE("Bounce", "bounce"),
    COMPLAINT("Complaint", "complaint"),
    DELIVERY("Delivery", "delivery"),
    DELIVERY_DELAY("DeliveryDelay", "deliveryDelay"),
    OPEN("Open", "open"),
    CLICK("Click", "click"),
    /** Note the space on the wire and that the body is named "failure", not "renderingFailure". */
    RENDERING_FAILURE("Rendering Failure", "failure"),
    SUBSCRIPTION("Subscription", "subscription");

    private final String wireName;
    private final String bodyKey;

    SesEventType(String wireName, String bodyKey) {
        this.wireName = wireName;
        this.bodyKey = bodyKey;
    }

    public String wireName() {
        return wireName;
    }

    String bodyKey() {
        return bodyKey;
    }

    static SesEventType fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new MalformedSesEventException("unsupported SES event type"));
    }
}
