package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.FeedbackActivity;
import io.sendwell.feedback.control.FeedbackHealth;
import io.sendwell.feedback.control.FeedbackHealthPolicy;
import io.sendwell.feedback.control.SnsSubscriptionLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** Whether feedback still arrives, for /health and the console dashboard (decision 0015). */
@ApplicationScoped
public class FeedbackHealthService {

    @Inject
    @ConfigProperty(name = "sendwell.feedback.silence-alert-minutes", defaultValue = "30")
    long silenceAlertMinutes;

    @Inject
    Clock clock;

    @Inject
    SnsSubscriptionLog subscriptions;

    @Inject
    FeedbackActivity activity;

    private FeedbackHealthPolicy policy;

    @PostConstruct
    void init() {
        // a zero or negative setting fails here, with the policy's message naming it
        policy = new FeedbackHealthPolicy(clock, Duration.ofMinutes(silenceAlertMinutes));
    }

    public FeedbackHealth current() {
        return policy.assess(subscriptions.unsubscribedTopics(), activity.oldestSentSinceLastFeedback());
    }
}
