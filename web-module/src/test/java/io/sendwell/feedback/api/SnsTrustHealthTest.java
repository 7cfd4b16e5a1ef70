package io.sendwell.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.feedback.boundary.FeedbackSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class SnsTrustHealthTest {

    private static final String TOPIC_A = "arn:aws:sns:eu-west-1:123456789012:sendwell-ses-events";
    private static final String TOPIC_B = "arn:aws:sns:us-east-1:123456789012:other-events";
    private static final String LOCAL_PREFIX = "http://localhost:9080/ses-simulator/";

    @Test
    void showsCountsAndModesButNoTopicArnsAccountIdsOrUrls() {
        HealthCheckResponse response = check(Set.of(TOPIC_A, TOPIC_B), List.of(LOCAL_PREFIX)).call();

        assertThat(response.getName()).isEqualTo("sns-trust");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        Map<String, Object> data = response.getData().orElseThrow();
        assertThat(data).containsEntry("allowedTopics", 2L)
                .containsEntry("anyTopicAllowed", false)
                .containsEntry("localCertificateTrust", true)
                .containsEntry("trustedLocalCertUrlPrefixes", 1L);
        assertThat(data.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain("arn:", "123456789012", "http", "localhost"));
    }

    @Test
    void productionShapeTrustsOnlyAws() {
        Map<String, Object> data = check(Set.of(TOPIC_A), List.of()).call().getData().orElseThrow();

        assertThat(data).containsEntry("allowedTopics", 1L)
                .containsEntry("localCertificateTrust", false)
                .containsEntry("trustedLocalCertUrlPrefixes", 0L);
    }

    @Test
    void wildcardIsShownAsAModeNotCountedAsATopic() {
        Map<String, Object> data = check(Set.of("*"), List.of()).call().getData().orElseThrow();

        assertThat(data).containsEntry("allowedTopics", 0L).containsEntry("anyTopicAllowed", true);
    }

    private static SnsTrustHealth check(Set<String> topics, List<String> prefixes) {
        SnsTrustHealth health = new SnsTrustHealth();
        health.settings = new FeedbackSettings() {
            @Override
            public Set<String> allowedTopicArns() {
                return topics;
            }

            @Override
            public List<String> trustedLocalCertUrlPrefixes() {
                return prefixes;
            }
        };
        return health;
    }
}
