package io.sendwell.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the messaging engine accepts a connection (sends and feedback go through it). */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    @Resource(lookup = "jms/sendwell/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
            return HealthCheckResponse.named("messaging").up().build();
        } catch (Exception e) {
            return HealthCheckResponse.named("messaging").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
