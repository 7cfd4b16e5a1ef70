package io.sendwell.feedback.control;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link SnsSignatureVerifier} returns for a message it accepted. Downstream code takes this
 * rather than a bare {@link SnsMessage} so that skipping verification shows up in the types.
 */
public record VerificationResult(SnsMessage message, String signatureAlgorithm, Instant verifiedAt) {

    public VerificationResult {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }
}
