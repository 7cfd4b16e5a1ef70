package io.sendwell.feedback.api;

import io.sendwell.feedback.boundary.FeedbackHealthService;
import io.sendwell.feedback.control.FeedbackHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * "feedback" at /health and /health/live: DOWN while feedback has stopped arriving or the SNS
 * subscription was unsubscribed (issue 11, finding 9). Liveness, not readiness: a server taken out
 * of the load balancer would no longer receive the very SNS notifications that make it UP again
 * (decision 0015). Public, so the data names no topic ARN.
 */
@Liveness
@ApplicationScoped
public class FeedbackHealthCheck implements HealthCheck {

    @Inject
    FeedbackHealthService feedback;

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        try {
            FeedbackHealth health = feedback.current();
            data.put("unsubscribedTopics", (long) health.unsubscribedTopics());
            if (health.awaitingSince() != null) {
                data.put("awaitingFeedbackSince", health.awaitingSince().toString());
            }
            if (health.reason() != null) {
                data.put("reason", health.reason());
            }
            return response(health.up(), data);
        } catch (RuntimeException e) {
            data.put("error", e.getClass().getSimpleName());
            return response(false, data);
        }
    }

    private static HealthCheckResponse response(boolean up, Map<String, Object> data) {
        // built directly (not HealthCheckResponse.named) so the check also runs in a plain unit test
        return new HealthCheckResponse("feedback", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}
