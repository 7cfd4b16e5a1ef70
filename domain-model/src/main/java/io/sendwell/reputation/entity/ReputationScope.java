package io.sendwell.reputation.entity;

import io.sendwell.platform.entity.InvalidInputException;
import java.util.Objects;

/**
 * One sender whose rates are counted: a mailbox, a domain, a tenant, or the whole SES account.
 * The key ("mailbox:&lt;id&gt;", "account") is what the counter and state tables are keyed by.
 */
public record ReputationScope(ScopeType type, String id) {

    public static final ReputationScope ACCOUNT = new ReputationScope(ScopeType.ACCOUNT, null);

    public ReputationScope {
        Objects.requireNonNull(type, "type");
        if ((type == ScopeType.ACCOUNT) != (id == null)) {
            throw new InvalidInputException("the account scope has no id; every other scope needs one");
        }
    }

    public static ReputationScope mailbox(String id) {
        return new ReputationScope(ScopeType.MAILBOX, id);
    }

    public static ReputationScope domain(String id) {
        return new ReputationScope(ScopeType.DOMAIN, id);
    }

    public static ReputationScope tenant(String id) {
        return new ReputationScope(ScopeType.TENANT, id);
    }

    /**
     * The scopes a sender belongs to, narrowest first: mailbox, domain, tenant (each when known),
     * without the account. This is THE order: counters lock rows and enforcement evaluates in it,
     * so concurrent transactions never wait on each other in opposite orders.
     */
    public static java.util.List<ReputationScope> senderChain(String tenantId, String domainId, String mailboxId) {
        java.util.List<ReputationScope> chain = new java.util.ArrayList<>(3);
        if (mailboxId != null) {
            chain.add(mailbox(mailboxId));
        }
        if (domainId != null) {
            chain.add(domain(domainId));
        }
        if (tenantId != null) {
            chain.add(tenant(tenantId));
        }
        return chain;
    }

    /** {@link #senderChain} followed by the account. */
    public static java.util.List<ReputationScope> chainWithAccount(String tenantId, String domainId, String mailboxId) {
        java.util.List<ReputationScope> chain = senderChain(tenantId, domainId, mailboxId);
        chain.add(ACCOUNT);
        return chain;
    }

    public static ReputationScope ofKey(String key) {
        if ("account".equals(key)) {
            return ACCOUNT;
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new InvalidInputException("not a reputation scope key: '" + key + "'");
        }
        return new ReputationScope(ScopeType.of(key.substring(0, colon)), key.substring(colon + 1));
    }

    public String key() {
        return id == null ? type.wireName() : type.wireName() + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
