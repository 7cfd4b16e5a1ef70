package io.sendwell.integration.boundary;

import io.sendwell.platform.control.Caller;
import io.sendwell.platform.control.ProblemStatus;
import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.SendwellException;
import io.sendwell.sending.boundary.SendingService;
import io.sendwell.tenant.boundary.ApiKeyService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends on behalf of a legacy system outside the listener's transaction: SendingService runs
 * in a transaction of its own, so a refused send rolls back only itself and the listener can
 * still reply with the reason and consume the request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JmsSendGateway {

    @Inject
    ApiKeyService apiKeys;

    @Inject
    SendingService sending;

    public SendReply send(SendRequestEnvelope envelope, String fallbackIdempotencyKey) {
        var owner = apiKeys.authenticate(envelope.apiKey());
        if (owner.isEmpty()) {
            return SendReply.problem(401, "Unauthorized", "Unknown or revoked API key");
        }
        Caller caller = owner.get().asCaller("jms");
        String key = envelope.idempotencyKey() != null ? envelope.idempotencyKey() : fallbackIdempotencyKey;
        try {
            caller.requireScope(ApiScope.SEND);
            SendingService.Accepted accepted = sending.accept(caller, envelope.message(), key);
            return SendReply.accepted(accepted.messageId(), accepted.status(), accepted.replay());
        } catch (SendwellException e) {
            return SendReply.problem(ProblemStatus.of(e), e.title(), e.getMessage());
        }
    }
}
