package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.InvalidInputException;

/**
 * How many domains, mailboxes and API keys a tenant may hold, set by the platform operator. A
 * quota of 0 blocks new objects of that kind; existing ones are never removed by a lower quota.
 */
public record TenantQuotas(int domains, int mailboxes, int apiKeys) {

    /** The largest quota an operator can set: far above any real tenant, low enough to stay an int. */
    public static final int MAX = 1_000_000;

    public TenantQuotas {
        check(domains, "maxDomains");
        check(mailboxes, "maxMailboxes");
        check(apiKeys, "maxApiKeys");
    }

    /** The built-in defaults (50 domains, 500 mailboxes, 50 API keys); configuration may override them. */
    public static TenantQuotas standard() {
        return new TenantQuotas(50, 500, 50);
    }

    /** A partial change: null keeps the current value. */
    public TenantQuotas with(Integer newDomains, Integer newMailboxes, Integer newApiKeys) {
        return new TenantQuotas(newDomains == null ? domains : newDomains,
                newMailboxes == null ? mailboxes : newMailboxes, newApiKeys == null ? apiKeys : newApiKeys);
    }

    public int of(QuotaKind kind) {
        return switch (kind) {
            case DOMAINS -> domains;
            case MAILBOXES -> mailboxes;
            case API_KEYS -> apiKeys;
        };
    }

    /** Refuses one more object of {@code kind} when the tenant already holds {@code held} of them. */
    public void requireRoomForOneMore(String tenantSlug, QuotaKind kind, long held) {
        int quota = of(kind);
        if (held >= quota) {
            throw new QuotaExceededException("tenant '" + tenantSlug + "' already has " + held + " " + kind.plural()
                    + " and its quota is " + quota + "; delete one or ask the platform operator to raise "
                    + kind.field());
        }
    }

    @Override
    public String toString() {
        return "maxDomains=" + domains + " maxMailboxes=" + mailboxes + " maxApiKeys=" + apiKeys;
    }

    private static void check(int value, String field) {
        if (value < 0 || value > MAX) {
            throw new InvalidInputException(field + " must be between 0 and " + MAX + ", was " + value);
        }
    }
}
