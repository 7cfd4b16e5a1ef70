package io.sendwell.feedback.control;

import java.util.Arrays;

/** SES's bounce classification. Only PERMANENT bounces say an address is bad. */
public enum BounceType {
    PERMANENT("Permanent"),
    TRANSIENT("Transient"),
    UNDETERMINED("Undetermined");

    private final String wireName;

    BounceType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static BounceType fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new MalformedSesEventException("unknown bounceType"));
    }
}
