package io.sendwell.feedback.api;

import io.sendwell.feedback.boundary.FeedbackSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Shows at /health how the SNS endpoint is configured, so that a local trust anchor left in a
 * production configuration is visible at a glance. Only counts and modes: /health is public, and
 * topic ARNs (with the AWS account id) and certificate URLs are nobody's business there; the server
 * log names them at startup.
 */
@Liveness
@ApplicationScoped
public class SnsTrustHealth implements HealthCheck {

    private static final String ANY_TOPIC = "*";

    @Inject
    FeedbackSettings settings;

    @Override
    public HealthCheckResponse call() {
        Set<String> topics = settings.allowedTopicArns();
        int localPrefixes = settings.trustedLocalCertUrlPrefixes().size();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("allowedTopics", (long) topics.stream().filter(topic -> !topic.equals(ANY_TOPIC)).count());
        data.put("anyTopicAllowed", topics.contains(ANY_TOPIC));
        data.put("localCertificateTrust", localPrefixes > 0);
        data.put("trustedLocalCertUrlPrefixes", (long) localPrefixes);
        // Built directly rather than through HealthCheckResponse.named(...), which needs the
        // runtime's provider: the check then also runs in a plain unit test.
        return new HealthCheckResponse("sns-trust", HealthCheckResponse.Status.UP, Optional.of(data));
    }
}
