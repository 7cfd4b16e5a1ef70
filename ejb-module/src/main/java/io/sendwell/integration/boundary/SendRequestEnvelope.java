package io.sendwell.integration.boundary;

import io.sendwell.sending.control.SendRequest;

/**
 * A legacy system's send request on the JMS request queue: the tenant's API key, an optional
 * idempotency key and the same message fields as POST /api/v1/messages.
 */
public record SendRequestEnvelope(String apiKey, String idempotencyKey, SendRequest message) {
}
