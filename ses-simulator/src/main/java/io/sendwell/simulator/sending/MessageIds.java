package io.sendwell.simulator.sending;

import java.time.Instant;
import java.util.UUID;

/** SES-looking message ids: {@code 0100<12 hex digits of epoch ms>-<uuid>-000000}. */
public final class MessageIds {

    private MessageIds() {
    }

    public static String next(Instant now) {
        return String.format("0100%012x-%s-000000", now.toEpochMilli(), UUID.randomUUID());
    }
}
