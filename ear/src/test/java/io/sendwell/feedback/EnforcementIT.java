package io.sendwell.feedback;

import static io.sendwell.feedback.SendwellClient.await;
import static io.sendwell.feedback.SendwellClient.getAs;
import static io.sendwell.feedback.SendwellClient.postSns;
import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.feedback.SendwellClient.Tenant;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * With the default policy (minimum 50 sends; bounce rate throttle 3.5 %, pause 4.5 %), a tenant
 * whose recipients hard-bounce is throttled, then paused, while a clean tenant is untouched.
 */
class EnforcementIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aBouncingTenantIsThrottledThenPausedAndOthersAreUntouched() {
        Tenant bad = SendwellClient.newTenant("enf-bad");
        Tenant good = SendwellClient.newTenant("enf-good");
        String mailbox = SendwellClient.newMailbox(bad, "enf-" + UUID.randomUUID().toString().substring(0, 8) + ".example");
        SesEvents.Sender badSender = new SesEvents.Sender(bad.id(), mailbox);
        SesEvents.Sender goodSender = new SesEvents.Sender(good.id(), null);

        for (int i = 0; i < 4; i++) {
            post(SesEvents.delivery(goodSender, "ses-" + UUID.randomUUID(), recipients("good" + i, 50)));
        }
        for (int i = 0; i < 2; i++) {
            post(SesEvents.delivery(badSender, "ses-" + UUID.randomUUID(), recipients("bad" + i, 50)));
        }
        // Bounces before the deliveries are counted would be judged on too few sends.
        await("the bad tenant's deliveries", WAIT, () -> FeedbackFlowIT.tenantCounts(bad).getInt("delivered") == 100);
        // 4 bounces in 104 sends: 3.85 %, above the throttle level, below the pause level.
        IntStream.range(0, 4).forEach(i -> post(SesEvents.hardBounce(badSender, "ses-" + UUID.randomUUID(), "gone" + i + "@example.com")));
        await("throttling", WAIT, () -> tenantState(bad).equals("THROTTLED"));
        assertThat(reputation(bad).getJsonObject("tenant").getString("reason")).contains("bounce rate");

        // 7 in 107: 6.5 %, above the pause level.
        IntStream.range(4, 7).forEach(i -> post(SesEvents.hardBounce(badSender, "ses-" + UUID.randomUUID(), "gone" + i + "@example.com")));
        await("pausing", WAIT, () -> tenantState(bad).equals("PAUSED"));
        assertThat(reputation(bad).getJsonArray("mailboxes").getJsonObject(0).getString("state")).isEqualTo("PAUSED");
        await("the clean tenant's counts", WAIT, () -> FeedbackFlowIT.tenantCounts(good).getInt("delivered") == 200);
        assertThat(tenantState(good)).isEqualTo("HEALTHY");

        // Reinstatement: platform administrators only, with a reason, audited.
        SendwellClient.post("/api/v1/reputation/tenant/" + bad.id() + "/reinstate", bad.bearer(), "{\"reason\":\"me\"}", 403);
        SendwellClient.postAsAdmin("/api/v1/reputation/tenant/" + bad.id() + "/reinstate", "{}", 400);
        JsonObject reinstated = SendwellClient.json(SendwellClient.postAsAdmin("/api/v1/reputation/tenant/" + bad.id() + "/reinstate",
                "{\"reason\":\"list cleaned, confirmed by support\"}", 200));
        assertThat(reinstated.getString("state")).isEqualTo("HEALTHY");
        assertThat(tenantState(bad)).isEqualTo("HEALTHY");
        String audit = SendwellClient.getAsAdmin("/api/v1/tenants/" + bad.id() + "/audit?limit=200").toString();
        assertThat(audit).contains("reputation.state-changed").contains("list cleaned").contains("THROTTLED -> PAUSED");
        assertThat(SendwellClient.getAsAdmin("/api/v1/reputation/platform").getJsonObject("account").getString("state")).isNotNull();
    }

    private static List<String> recipients(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + "-" + i + "@example.com").toList();
    }

    private static void post(String sesEvent) {
        assertThat(postSns(SnsTestSigner.signed(SnsTestSigner.notification(UUID.randomUUID().toString(), sesEvent))))
                .isEqualTo(200);
    }

    private static JsonObject reputation(Tenant tenant) {
        return getAs(tenant, "/api/v1/reputation");
    }

    private static String tenantState(Tenant tenant) {
        return reputation(tenant).getJsonObject("tenant").getString("state");
    }
}
