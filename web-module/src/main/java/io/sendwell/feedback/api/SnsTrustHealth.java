package io.sendwell.feedback.api;

import io.sendwell.feedback.boundary.FeedbackSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Shows at /health which SNS topics and which non-AWS certificate URLs the feedback endpoint trusts,
 * so that a local trust anchor left in a production configuration is visible at a glance.
 */
@Liveness
@ApplicationScoped
public class SnsTrustHealth implements HealthCheck {

    @Inject
    FeedbackSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sns-trust").up()
                .withData("allowedTopicArns", String.join(",", settings.allowedTopicArns()))
                .withData("trustedLocalCertUrlPrefixes", String.join(",", settings.trustedLocalCertUrlPrefixes()))
                .withData("trustsOnlyAws", settings.trustedLocalCertUrlPrefixes().isEmpty())
                .build();
    }
}
