package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static io.sendwell.sending.SendingFixture.simulatorMessagesFrom;
import static io.sendwell.sending.SendingFixture.tags;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The send path end to end: REST API → queue → dispatcher → real SES SDK client → simulator.
 * Final DELIVERED/BOUNCED statuses need SES feedback processing, which is not in this tree yet:
 * these tests stop at SENT and at what SES received.
 */
class SendThroughSimulatorIT {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);
    private static SendingFixture tenant;
    private static String from;

    @BeforeAll
    static void tenant() {
        SendingFixture.resetSimulatorAccount();
        tenant = SendingFixture.newTenant(1000);
        from = tenant.mailbox("hello", 500);
    }

    @Test
    void eachMailboxSimulatorAddressReachesSesWithTheSendwellTags() {
        for (String localPart : List.of("success", "bounce", "ooto", "complaint", "suppressionlist")) {
            String to = simulatorAddress(localPart);
            String id = tenant.accepted(message(from, to).build());

            JsonObject sent = tenant.awaitStatus(id, SEND_TIMEOUT, "SENT");
            assertThat(sent.getString("sesMessageId")).as(localPart).isNotBlank();
            assertThat(sent.getJsonArray("recipients").getValuesAs(JsonObject.class))
                    .extracting(r -> r.getString("address")).containsExactly(to);

            JsonObject recorded = recordedBySes(id);
            assertThat(recorded.getString("messageId")).isEqualTo(sent.getString("sesMessageId"));
            assertThat(recorded.getJsonArray("to").getString(0)).isEqualTo(to);
            assertThat(tags(recorded)).containsEntry("sendwell-message-id", id)
                    .containsEntry("sendwell-tenant", tenant.tenantId)
                    .containsEntry("sendwell-mailbox", sent.getString("mailboxId"));
            assertThat(recorded.getString("configurationSet")).isEqualTo("sendwell-transactional");
        }
    }

    @Test
    void sendFromADomainNotYetVerifiedIsRefusedWith409() {
        // the simulator verifies a new identity after 3 s: this send comes well before that
        String unverified = tenant.addUnverifiedDomain();
        String sender = tenant.mailboxOn(unverified, "early", 10);

        SendingFixture.Reply reply = tenant.send(message(sender, simulatorAddress("success")).build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json().getString("detail")).contains("not verified");
    }

    @Test
    void lineBreakInTheSubjectIsRefusedAsHeaderInjection() {
        SendingFixture.Reply reply = tenant.send(message(from, simulatorAddress("success"))
                .add("subject", "Invoice\r\nBcc: everyone@elsewhere.example").build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    }

    @Test
    void recipientWithANonAsciiLocalPartIsRefused() {
        SendingFixture.Reply reply = tenant.send(message(from, "jörg@" + SendingFixture.SIMULATOR_DOMAIN).build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    }

    @Test
    void marketingWithoutAnUnsubscribeUrlIsRefused() {
        SendingFixture.Reply reply = tenant.send(message(from, simulatorAddress("success"))
                .add("trafficClass", "marketing").build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    }

    @Test
    void marketingCarriesOneClickUnsubscribeHeadersThroughItsOwnConfigurationSet() {
        String id = tenant.accepted(message(from, simulatorAddress("success")).add("trafficClass", "marketing")
                .add("listUnsubscribeUrl", "https://" + tenant.domain + "/unsubscribe?u=42").build());
        tenant.awaitStatus(id, SEND_TIMEOUT, "SENT");

        JsonObject recorded = recordedBySes(id);
        String raw = recorded.getString("raw");
        assertThat(raw).contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
                .contains("https://" + tenant.domain + "/unsubscribe?u=42");
        assertThat(recorded.getString("configurationSet")).isEqualTo("sendwell-marketing");
    }

    @Test
    void attachmentsArriveInTheRawMime() {
        // binary (not text), so Jakarta Mail has to base64 it rather than send it 7bit
        byte[] pdf = new byte[600];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 7);
        }
        String content = Base64.getEncoder().encodeToString(pdf);
        String id = tenant.accepted(message(from, simulatorAddress("success"))
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("filename", "invoice-42.pdf").add("contentType", "application/pdf").add("content", content)))
                .build());
        tenant.awaitStatus(id, SEND_TIMEOUT, "SENT");

        String raw = recordedBySes(id).getString("raw");
        assertThat(raw).contains("multipart/mixed").contains("invoice-42.pdf").contains("application/pdf")
                .contains("Content-Transfer-Encoding: base64");
        assertThat(raw.replaceAll("\\s", "")).as("attachment bytes, base64 wrapped at 76 columns").contains(content);
    }

    @Test
    void moreThanFiftyRecipientsAreRefused() {
        JsonArrayBuilder to = Json.createArrayBuilder();
        for (int i = 0; i < 51; i++) {
            to.add(simulatorAddress("success+" + i));
        }
        SendingFixture.Reply reply = tenant.send(message(from, simulatorAddress("success")).add("to", to).build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().getString("detail")).contains("50");
    }

    private static JsonObject recordedBySes(String sendwellId) {
        return simulatorMessagesFrom(from).stream()
                .filter(m -> sendwellId.equals(tags(m).get("sendwell-message-id")))
                .findFirst().orElseThrow(() -> new AssertionError("SES simulator never received message " + sendwellId));
    }
}
