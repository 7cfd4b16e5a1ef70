package io.sendwell.feedback.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.sending.entity.MessageStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table: what each SES event adds to the counters (per recipient) and the message status it sets. */
class ReputationContributionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // fixture,                          sent, delivered, hardBounces, complaints, status
            "send.json,                             1, 0, 0, 0, SENT",
            "delivery.json,                         1, 1, 0, 0, DELIVERED",
            "bounce-permanent.json,                 1, 0, 1, 0, BOUNCED",
            "bounce-transient.json,                 1, 0, 0, 0, DELAYED",
            "bounce-on-account-suppression-list.json, 0, 0, 0, 0, BOUNCED",
            "complaint.json,                        0, 0, 0, 1, COMPLAINED",
            "complaint-not-spam.json,               0, 0, 0, 0, COMPLAINED",
            "reject.json,                           0, 0, 0, 0, REJECTED",
            "delivery-delay.json,                   0, 0, 0, 0, DELAYED",
            "rendering-failure.json,                0, 0, 0, 0, FAILED",
    })
    void countsEventsAsSesDoes(String fixture, int sent, long delivered, long hardBounces, long complaints,
                               MessageStatus status) throws IOException {
        SesEvent event = new SesEventParser().parse(read(fixture));
        ReputationContribution contribution = ReputationContribution.of(event);

        assertThat(contribution.sentCandidates()).hasSize(sent);
        assertThat(List.of(contribution.delivered(), contribution.hardBounces(), contribution.complaints()))
                .containsExactly(delivered, hardBounces, complaints);
        assertThat(ReputationContribution.messageStatus(event)).contains(status);
    }

    @ParameterizedTest
    @CsvSource({"open.json", "click.json", "subscription.json"})
    void engagementEventsCountNothingAndLeaveTheStatus(String fixture) throws IOException {
        SesEvent event = new SesEventParser().parse(read(fixture));
        assertThat(ReputationContribution.of(event)).isEqualTo(ReputationContribution.none());
        assertThat(ReputationContribution.messageStatus(event)).isEmpty();
    }

    private static String read(String fixture) throws IOException {
        try (InputStream in = ReputationContributionTest.class.getResourceAsStream("/ses-events/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
