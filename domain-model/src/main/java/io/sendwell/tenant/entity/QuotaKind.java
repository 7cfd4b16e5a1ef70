package io.sendwell.tenant.entity;

/** What a tenant quota counts. API keys count while they are not revoked. */
public enum QuotaKind {
    DOMAINS("domains", "maxDomains"),
    MAILBOXES("mailboxes", "maxMailboxes"),
    API_KEYS("active API keys", "maxApiKeys");

    private final String plural;
    private final String field;

    QuotaKind(String plural, String field) {
        this.plural = plural;
        this.field = field;
    }

    public String plural() {
        return plural;
    }

    /** The tenant field an operator PATCHes to change this quota. */
    public String field() {
        return field;
    }
}
