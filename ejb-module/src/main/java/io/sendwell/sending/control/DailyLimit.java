package io.sendwell.sending.control;

import java.util.List;

/** One limit a send must fit in today: e.g. scope "mailbox:&lt;id&gt;" with 200 per day. */
public record DailyLimit(String scopeKey, String description, long limit) {

    /** The counter rows of a sender, widest first: the order reservations lock them in. */
    public static List<String> scopeKeys(String tenantId, String domainId, String mailboxId) {
        return List.of("tenant:" + tenantId, "domain:" + domainId, "mailbox:" + mailboxId);
    }
}
