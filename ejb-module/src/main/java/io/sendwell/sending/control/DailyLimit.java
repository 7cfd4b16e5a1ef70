package io.sendwell.sending.control;

/** One limit a send must fit in today: e.g. scope "mailbox:&lt;id&gt;" with 200 per day. */
public record DailyLimit(String scopeKey, String description, long limit) {
}
