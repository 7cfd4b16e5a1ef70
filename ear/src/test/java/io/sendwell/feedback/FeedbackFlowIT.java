package io.sendwell.feedback;

import static io.sendwell.feedback.SendwellClient.await;
import static io.sendwell.feedback.SendwellClient.getAs;
import static io.sendwell.feedback.SendwellClient.postSns;
import static io.sendwell.feedback.SendwellClient.opsFigure;
import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.feedback.SendwellClient.Tenant;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Verified notifications flow through JMS into suppressions and reputation counters, once each. */
class FeedbackFlowIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void hardBounceAndComplaintSuppressTheAddressesAndAreCounted() {
        Tenant tenant = SendwellClient.newTenant("fb-suppress");
        SesEvents.Sender sender = new SesEvents.Sender(tenant.id(), null);
        String ses = "ses-" + UUID.randomUUID();
        post(SesEvents.send(sender, ses, List.of("Gone@Example.com", "angry@example.com", "happy@example.com")));
        post(SesEvents.hardBounce(sender, ses, "Gone@Example.com"));
        post(SesEvents.complaint(sender, ses, "angry@example.com"));

        await("two suppressions", WAIT, () -> suppressions(tenant, null).getInt("total") == 2);
        JsonObject page = suppressions(tenant, "gone");
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("address")).isEqualTo("gone@example.com");
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("reason")).isEqualTo("BOUNCE");

        await("counters", WAIT, () -> tenantCounts(tenant).getInt("complaints") == 1);
        JsonObject counts = tenantCounts(tenant);
        assertThat(counts.getInt("sent")).isEqualTo(3);
        assertThat(counts.getInt("hardBounces")).isEqualTo(1);
    }

    @Test
    void duplicateDeliveriesOfTheSameEventAreCountedOnce() {
        Tenant tenant = SendwellClient.newTenant("fb-dupes");
        SesEvents.Sender sender = new SesEvents.Sender(tenant.id(), null);
        String ses = "ses-" + UUID.randomUUID();
        String delivery = SesEvents.delivery(sender, ses, List.of("a@example.com", "b@example.com"));
        String snsBody = SnsTestSigner.signed(SnsTestSigner.notification(UUID.randomUUID().toString(), delivery));
        for (int i = 0; i < 3; i++) {
            assertThat(postSns(snsBody)).isEqualTo(200);
        }
        // The same SES event again under another SNS MessageId (a second subscription, say).
        post(delivery);
        // A later, different event for the same message proves the duplicates were processed first.
        post(SesEvents.delivery(sender, ses, List.of("c@example.com")));

        await("the marker event", WAIT, () -> tenantCounts(tenant).getInt("delivered") >= 3);
        JsonObject counts = tenantCounts(tenant);
        assertThat(counts.getInt("delivered")).isEqualTo(3);
        assertThat(counts.getInt("sent")).isEqualTo(3);
    }

    @Test
    void poisonNotificationIsSetAsideAsADeadLetterWhileTheNextOneIsProcessed() {
        Tenant tenant = SendwellClient.newTenant("fb-poison");
        SesEvents.Sender sender = new SesEvents.Sender(tenant.id(), null);
        long deadBefore = opsFigure("inboxDeadLetters");
        // Passes the endpoint (validly signed, a readable SES event) but no database can store an
        // address this long: every delivery fails and rolls back.
        String absurd = "x".repeat(400) + "@example.com";
        post(SesEvents.hardBounce(sender, "ses-" + UUID.randomUUID(), absurd));
        post(SesEvents.delivery(sender, "ses-" + UUID.randomUUID(), List.of("fine@example.com")));

        await("the next message", WAIT, () -> tenantCounts(tenant).getInt("delivered") == 1);
        await("the poison set aside as a dead letter", WAIT, () -> opsFigure("inboxDeadLetters") == deadBefore + 1);
        assertThat(tenantCounts(tenant).getInt("hardBounces")).isZero();
    }

    @Test
    void sesSetupNoticeAndUnreadableEventsAreSkippedNotRetried() {
        long deadBefore = opsFigure("inboxDeadLetters");
        post("Successfully validated SNS topic for Amazon SES event publishing.");
        post("{\"not\":\"an SES event\"}");
        await("the feedback inbox to drain", WAIT, () -> opsFigure("inboxPending") == 0);
        assertThat(opsFigure("inboxDeadLetters")).isEqualTo(deadBefore);
    }

    @Test
    void aTenantSeesOnlyItsOwnSuppressions() {
        Tenant owner = SendwellClient.newTenant("fb-owner");
        Tenant other = SendwellClient.newTenant("fb-other");
        SendwellClient.post("/api/v1/suppressions", owner.bearer(), "{\"address\":\"Manual@Example.com\"}", 201);
        SendwellClient.post("/api/v1/suppressions", owner.bearer(), "{\"address\":\"manual@example.com\"}", 409);
        assertThat(suppressions(other, null).getInt("total")).isZero();
        SendwellClient.get("/api/v1/suppressions?tenantId=" + owner.id(), other.bearer(), 404);
        SendwellClient.delete("/api/v1/suppressions/manual@example.com", other.bearer(), 404);
        SendwellClient.get("/api/v1/suppressions", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("admin:change-me-now".getBytes()), 400);
        assertThat(SendwellClient.getAsAdmin("/api/v1/suppressions?tenantId=" + owner.id()).getInt("total")).isEqualTo(1);
        SendwellClient.delete("/api/v1/suppressions/manual@example.com", owner.bearer(), 204);
        assertThat(suppressions(owner, null).getInt("total")).isZero();
    }

    /**
     * Bounces and complaints protect the shared SES account: an API key cannot lift them, even
     * one with the manage scope (this tenant's key has it). Lives here beside the signed SNS
     * fixtures that create such suppressions; the scope rules themselves are in ApiKeyIT.
     */
    @Test
    void bounceSuppressionCannotBeDeletedWithAnApiKey() {
        Tenant tenant = SendwellClient.newTenant("fb-lift");
        SesEvents.Sender sender = new SesEvents.Sender(tenant.id(), null);
        String ses = "ses-" + UUID.randomUUID();
        post(SesEvents.send(sender, ses, List.of("gone@example.com", "angry@example.com")));
        post(SesEvents.hardBounce(sender, ses, "gone@example.com"));
        post(SesEvents.complaint(sender, ses, "angry@example.com"));
        await("two suppressions", WAIT, () -> suppressions(tenant, null).getInt("total") == 2);

        for (String address : List.of("gone@example.com", "angry@example.com")) {
            JsonObject refused = SendwellClient.json(
                    SendwellClient.delete("/api/v1/suppressions/" + address, tenant.bearer(), 403));
            assertThat(refused.getString("detail")).contains(address).contains("console");
        }
        assertThat(suppressions(tenant, null).getInt("total")).isEqualTo(2);

        // The operator may, and the removal is audited with the reason the address had.
        SendwellClient.deleteAsAdmin("/api/v1/suppressions/gone@example.com?tenantId=" + tenant.id(), 204);
        assertThat(suppressions(tenant, null).getInt("total")).isEqualTo(1);
        assertThat(SendwellClient.getAsAdmin("/api/v1/tenants/" + tenant.id() + "/audit?limit=200").getJsonArray("items")
                .stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("action").equals("suppression.removed"))
                .map(e -> e.getString("detail")))
                .singleElement().asString().contains("gone@example.com").contains("BOUNCE");
    }

    private static void post(String sesEvent) {
        assertThat(postSns(SnsTestSigner.signed(SnsTestSigner.notification(UUID.randomUUID().toString(), sesEvent))))
                .isEqualTo(200);
    }

    private static JsonObject suppressions(Tenant tenant, String query) {
        return getAs(tenant, "/api/v1/suppressions" + (query == null ? "" : "?q=" + query));
    }

    static JsonObject tenantCounts(Tenant tenant) {
        return getAs(tenant, "/api/v1/reputation").getJsonObject("tenant").getJsonObject("last24Hours");
    }
}
