package io.sendwell.reputation.entity;

/**
 * The sliding windows the policy looks at. The short window reacts to a bad campaign within hours;
 * the long one catches a sender that stays just under the short-window levels day after day.
 */
public enum ReputationWindow {
    LAST_24_HOURS("the last 24 hours"),
    LAST_7_DAYS("the last 7 days");

    private final String description;

    ReputationWindow(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
