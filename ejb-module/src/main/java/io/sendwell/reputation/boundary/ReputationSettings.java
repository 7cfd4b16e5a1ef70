package io.sendwell.reputation.boundary;

import io.sendwell.reputation.entity.RateLevels;
import io.sendwell.reputation.entity.ReputationPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The operator-tunable enforcement policy (defaults and reasons in microprofile-config.properties). */
@ApplicationScoped
public class ReputationSettings {

    @Inject @ConfigProperty(name = "sendwell.reputation.bounce-rate.warn", defaultValue = "0.02")
    double bounceWarn;
    @Inject @ConfigProperty(name = "sendwell.reputation.bounce-rate.throttle", defaultValue = "0.035")
    double bounceThrottle;
    @Inject @ConfigProperty(name = "sendwell.reputation.bounce-rate.pause", defaultValue = "0.045")
    double bouncePause;
    @Inject @ConfigProperty(name = "sendwell.reputation.complaint-rate.warn", defaultValue = "0.0004")
    double complaintWarn;
    @Inject @ConfigProperty(name = "sendwell.reputation.complaint-rate.throttle", defaultValue = "0.0006")
    double complaintThrottle;
    @Inject @ConfigProperty(name = "sendwell.reputation.complaint-rate.pause", defaultValue = "0.0008")
    double complaintPause;
    @Inject @ConfigProperty(name = "sendwell.reputation.minimum-volume", defaultValue = "50")
    long minimumVolume;
    @Inject @ConfigProperty(name = "sendwell.reputation.throttle-factor", defaultValue = "0.5")
    double throttleFactor;

    private ReputationPolicy policy;

    /** Invalid levels (not ascending, out of range) fail the start-up rather than enforce nonsense. */
    @PostConstruct
    void build() {
        policy = new ReputationPolicy(new RateLevels(bounceWarn, bounceThrottle, bouncePause),
                new RateLevels(complaintWarn, complaintThrottle, complaintPause), minimumVolume, throttleFactor);
    }

    public ReputationPolicy policy() {
        return policy;
    }
}
