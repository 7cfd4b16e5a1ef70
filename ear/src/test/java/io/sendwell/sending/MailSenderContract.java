package io.sendwell.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.sending.control.MailSender;
import io.sendwell.sending.control.OutboundEmail;
import io.sendwell.sending.control.SendFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailSender} must do, whatever provider is behind it: take a raw MIME message
 * and answer the provider's id; turn "this sender may not send" into a PERMANENT failure (no
 * point retrying) and "too fast" into a TRANSIENT one (retry later). The implementer supplies the
 * sender and the levers of its environment.
 */
interface MailSenderContract {

    MailSender sender();

    String region();

    /** An address on an identity the provider lets send. */
    String verifiedFrom();

    /** An address on an identity the provider has never verified. */
    String unverifiedFrom();

    /** Makes the provider refuse the next send for sending too fast. */
    void exceedSendRate();

    @Test
    default void sendsRawMimeAndAnswersTheProvidersMessageId() {
        String first = sender().send(email(verifiedFrom()));
        String second = sender().send(email(verifiedFrom()));

        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }

    @Test
    default void aSenderThatIsNotVerifiedFailsPermanently() {
        assertThatThrownBy(() -> sender().send(email(unverifiedFrom())))
                .isInstanceOfSatisfying(SendFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(SendFailure.Kind.PERMANENT);
                    assertThat(failure.isTransient()).isFalse();
                    assertThat(failure.errorType()).isNotBlank();
                });
    }

    @Test
    default void sendingFasterThanAllowedFailsTransiently() {
        exceedSendRate();

        assertThatThrownBy(() -> sender().send(email(verifiedFrom())))
                .isInstanceOfSatisfying(SendFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(SendFailure.Kind.TRANSIENT);
                    assertThat(failure.isTransient()).isTrue();
                });
    }

    @Test
    default void reportsTheAccountQuota() {
        var quota = sender().accountQuota(region());

        assertThat(quota.region()).isEqualTo(region());
        assertThat(quota.maxSendRate()).isPositive();
        assertThat(quota.max24HourSend()).isPositive();
    }

    private OutboundEmail email(String from) {
        String mime = "From: " + from + "\r\nTo: success@simulator.amazonses.com\r\nSubject: contract "
                + UUID.randomUUID() + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello.\r\n";
        return new OutboundEmail(region(), "sendwell-transactional", from, List.of("success@simulator.amazonses.com"),
                mime.getBytes(StandardCharsets.UTF_8), Map.of("sendwell-message-id", "contract-" + UUID.randomUUID()));
    }
}
