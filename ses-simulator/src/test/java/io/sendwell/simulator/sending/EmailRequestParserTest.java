package io.sendwell.simulator.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.simulator.JsonBodies;
import io.sendwell.simulator.SesException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmailRequestParserTest {

    @Test
    void simpleContentWithDestinationTagsAndHeaders() {
        EmailRequest request = EmailRequestParser.parse(JsonBodies.parse("""
                {"FromEmailAddress":"Ann <ann@acme.example>",
                 "Destination":{"ToAddresses":["a@x.example"],"CcAddresses":["b@x.example"],"BccAddresses":["c@x.example"]},
                 "Content":{"Simple":{"Subject":{"Data":"Hello"},"Body":{"Text":{"Data":"t"},"Html":{"Data":"<p>h</p>"}},
                   "Headers":[{"Name":"List-Unsubscribe","Value":"<https://u.example/1>"}]}},
                 "ConfigurationSetName":"tenant-7","EmailTags":[{"Name":"tenant","Value":"7"}]}"""));

        assertThat(request.fromAddress()).isEqualTo("ann@acme.example");
        assertThat(request.recipients()).containsExactly("a@x.example", "b@x.example", "c@x.example");
        assertThat(request.subject()).isEqualTo("Hello");
        assertThat(request.htmlBody()).isEqualTo("<p>h</p>");
        assertThat(request.headers()).extracting(MimeHeaders.Header::name).containsExactly("List-Unsubscribe");
        assertThat(request.configurationSetName()).isEqualTo("tenant-7");
        assertThat(request.emailTags()).containsEntry("tenant", "7");
    }

    @Test
    void rawContentTakesFromAndRecipientsFromTheMimeHeadersWhenNoDestinationIsGiven() {
        String mime = "From: \"Acme, Inc.\" <news@acme.example>\r\n"
                + "To: Bob <bob@x.example>, \"Doe, Jane\" <jane@x.example>\r\n"
                + "Cc: team: c1@x.example, c2@x.example;\r\n"
                + "Bcc: hidden@x.example\r\n"
                + "Subject: =?UTF-8?B?R3LDvMOfZQ==?=\r\n"
                + " =?UTF-8?Q?_aus_K=C3=B6ln?=\r\n"
                + "\r\n"
                + "To: not-a-header@x.example\r\n";
        EmailRequest request = EmailRequestParser.parse(JsonBodies.parse("{\"Content\":{\"Raw\":{\"Data\":\""
                + Base64.getEncoder().encodeToString(mime.getBytes(StandardCharsets.UTF_8)) + "\"}}}"));

        assertThat(request.fromAddress()).isEqualTo("news@acme.example");
        assertThat(request.to()).containsExactly("bob@x.example", "jane@x.example");
        assertThat(request.cc()).containsExactly("c1@x.example", "c2@x.example");
        assertThat(request.bcc()).containsExactly("hidden@x.example");
        assertThat(request.subject()).isEqualTo("Grüße aus Köln");
        assertThat(request.headers()).extracting(MimeHeaders.Header::name).doesNotContain("Bcc");
    }

    @Test
    void templateContentRendersInlineTemplateWithTopLevelData() {
        EmailRequest request = EmailRequestParser.parse(JsonBodies.parse("""
                {"FromEmailAddress":"ann@acme.example","Destination":{"ToAddresses":["a@x.example"]},
                 "Content":{"Template":{"TemplateContent":{"Subject":"Hi {{name}}","Text":"Order {{order}}"},
                   "TemplateData":"{\\"name\\":\\"Bob\\",\\"order\\":42}"}}}"""));
        assertThat(request.subject()).isEqualTo("Hi Bob");
        assertThat(request.textBody()).isEqualTo("Order 42");
    }

    @Test
    void rawWithoutFromIsRejectedAndMissingContentIsABadRequest() {
        String data = Base64.getEncoder().encodeToString("To: a@x.example\r\n\r\nbody".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> EmailRequestParser.parse(JsonBodies.parse("{\"Content\":{\"Raw\":{\"Data\":\"" + data + "\"}}}")))
                .isInstanceOfSatisfying(SesException.class, e -> assertThat(e.errorType()).isEqualTo("MessageRejected"));
        assertThatThrownBy(() -> EmailRequestParser.parse(JsonBodies.parse("{}")))
                .isInstanceOfSatisfying(SesException.class, e -> assertThat(e.errorType()).isEqualTo("BadRequestException"));
    }
}
