package io.sendwell.sending.control;

import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.sending.entity.SendRefusedException;
import io.sendwell.sending.entity.TrafficClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MimeComposerTest {

    private final MimeComposer composer = new MimeComposer();
    private final EmailAddress from = EmailAddress.of("hello@acme.example");
    private final List<EmailAddress> to = List.of(EmailAddress.of("ann@example.com"));

    private static SendRequest request(String subject, Map<String, String> headers, List<SendRequest.Attachment> attachments,
                                       String unsubscribe) {
        return new SendRequest("hello@acme.example", null, List.of("ann@example.com"), null, null, null, subject,
                "Hello", "<p>Hello</p>", attachments, headers, null, unsubscribe);
    }

    private String compose(SendRequest request, TrafficClass trafficClass) {
        return new String(composer.compose("m-1", from, "Acme Café", to, List.of(), List.of(), request, trafficClass).raw(),
                StandardCharsets.UTF_8);
    }

    @Test
    void composesAMultipartAlternativeMessageWithOurMessageIdHeader() {
        String mime = compose(request("Welcome", null, null, null), TrafficClass.TRANSACTIONAL);
        assertThat(mime).contains("To: ann@example.com", "X-Sendwell-Message-Id: m-1", "multipart/alternative",
                "text/plain", "text/html", "Subject: Welcome");
        assertThat(mime).contains("From: =?UTF-8?");
        assertThat(mime).doesNotContain("List-Unsubscribe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi\r\nBcc: victim@example.com", "Hi\nX-Evil: 1", "Hi\r"})
    void refusesHeaderInjectionInTheSubject(String subject) {
        assertThatThrownBy(() -> compose(request(subject, null, null, null), TrafficClass.TRANSACTIONAL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("header injection");
    }

    @Test
    void refusesHeaderInjectionAndReservedNamesInCustomHeaders() {
        assertThatThrownBy(() -> compose(request("s", Map.of("X-Campaign", "a\r\nBcc: x@y.z"), null, null), TrafficClass.TRANSACTIONAL))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> compose(request("s", Map.of("Bcc", "x@y.z"), null, null), TrafficClass.TRANSACTIONAL))
                .hasMessageContaining("cannot be given");
        assertThatThrownBy(() -> compose(request("s", Map.of("Bad Name", "v"), null, null), TrafficClass.TRANSACTIONAL))
                .hasMessageContaining("not a valid header field name");
        assertThat(compose(request("s", Map.of("X-Campaign", "spring"), null, null), TrafficClass.TRANSACTIONAL))
                .contains("X-Campaign: spring");
    }

    @Test
    void marketingMailGetsOneClickUnsubscribeAndNeedsAnHttpsUrl() {
        String mime = compose(request("s", null, null, "https://acme.example/u/123"), TrafficClass.MARKETING);
        assertThat(mime).contains("List-Unsubscribe: <https://acme.example/u/123>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        assertThatThrownBy(() -> compose(request("s", null, null, null), TrafficClass.MARKETING)).hasMessageContaining("listUnsubscribeUrl");
        assertThatThrownBy(() -> compose(request("s", null, null, "http://acme.example/u"), TrafficClass.MARKETING)).hasMessageContaining("https");
    }

    @Test
    void attachmentsAreDecodedAndAttached() {
        String content = Base64.getEncoder().encodeToString("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        String mime = compose(request("s", null, List.of(new SendRequest.Attachment("report.csv", "text/csv", content)), null),
                TrafficClass.TRANSACTIONAL);
        assertThat(mime).contains("multipart/mixed", "filename=report.csv", "Content-Disposition: attachment");
        assertThatThrownBy(() -> compose(request("s", null, List.of(new SendRequest.Attachment("x.bin", null, "%%%")), null),
                TrafficClass.TRANSACTIONAL)).hasMessageContaining("base64");
    }

    @Test
    void aMessageNeedsContent() {
        SendRequest empty = new SendRequest("hello@acme.example", null, List.of("ann@example.com"), null, null, null, "s",
                null, " ", null, null, null, null);
        assertThatThrownBy(() -> compose(empty, TrafficClass.TRANSACTIONAL)).hasMessageContaining("'text' or 'html'");
    }

    @Test
    void aMessageSurelyOverSesLimitIsRefusedBeforeItIsDecodedOrBuilt() {
        // 41 MiB of base64 that is not even valid: refused for its size, so it was never decoded
        String tooMuch = "%".repeat(MimeComposer.MAX_MESSAGE_BYTES + 1024 * 1024);
        SendRequest huge = request("s", null, List.of(new SendRequest.Attachment("big.bin", null, tooMuch)), null);
        assertThatThrownBy(() -> compose(huge, TrafficClass.TRANSACTIONAL))
                .isInstanceOf(SendRefusedException.class).hasMessageContaining("at least").hasMessageContaining("SES accepts at most");

        String justUnder = Base64.getEncoder().encodeToString(new byte[1024]);
        assertThat(compose(request("s", null, List.of(new SendRequest.Attachment("ok.bin", null, justUnder)), null),
                TrafficClass.TRANSACTIONAL)).contains("filename=ok.bin");
    }
}
