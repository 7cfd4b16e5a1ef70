package io.sendwell.tenant;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.IDN;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole foundation flow through the API, as an operator and then as the tenant itself. */
class TenantLifecycleIT {

    private final ApiClient admin = ApiClient.asAdmin();

    @Test
    void operatorCreatesListsReadsAndChangesTenants() {
        String slug = TestTenant.unique("acme");
        ApiResponse created = admin.post("/tenants", Json.object(
                "slug", slug, "displayName", "Acme Agency", "sesRegion", "eu-west-1", "dailyLimit", 5000,
                "branding", Json.object("productName", "Acme Mail", "primaryColor", "#112233"))).expect(201);
        JsonObject tenant = created.json();
        String id = tenant.getString("id");
        assertThat(created.location()).isEqualTo(ApiClient.API + "/tenants/" + id);
        assertThat(tenant.getString("slug")).isEqualTo(slug);
        assertThat(tenant.getString("status")).isEqualTo("ACTIVE");
        assertThat(tenant.getString("sesRegion")).isEqualTo("eu-west-1");
        assertThat(tenant.getInt("dailyLimit")).isEqualTo(5000);
        assertThat(tenant.getJsonObject("branding").getString("productName")).isEqualTo("Acme Mail");

        assertThat(admin.get(created.location()).expect(200).json()).isEqualTo(tenant);
        assertThat(Json.strings(admin.get("/tenants").expect(200).jsonArray(), "id")).contains(id);

        JsonObject changed = admin.patch("/tenants/" + id, Json.object("displayName", "Acme Agency Ltd", "dailyLimit", 8000))
                .expect(200).json();
        assertThat(changed.getString("displayName")).isEqualTo("Acme Agency Ltd");
        assertThat(changed.getInt("dailyLimit")).isEqualTo(8000);
        assertThat(changed.getString("sesRegion")).as("untouched by the PATCH").isEqualTo("eu-west-1");
        assertThat(admin.get("/tenants/" + id).expect(200).json().getString("displayName")).isEqualTo("Acme Agency Ltd");

        assertThat(admin.post("/tenants/" + id + "/pause", Json.object("reason", "complaint spike")).expect(200).json()
                .getString("status")).isEqualTo("PAUSED");
        assertThat(admin.post("/tenants/" + id + "/reinstate", Json.object("reason", "resolved")).expect(200).json()
                .getString("status")).isEqualTo("ACTIVE");

        assertThat(auditActions(id)).contains("tenant.created", "tenant.updated", "tenant.paused", "tenant.reinstated");
    }

    @Test
    void newTenantGetsTheDefaultLimitAndRegion() {
        JsonObject tenant = admin.post("/tenants", Json.object("slug", TestTenant.unique("dflt"), "displayName", "Defaults"))
                .expect(201).json();

        assertThat(tenant.getInt("dailyLimit")).isEqualTo(10000);
        assertThat(tenant.getString("sesRegion")).isEqualTo("us-east-1");
    }

    @Test
    void tenantManagesItsDomainsMailboxesAndKeysAndEveryChangeIsAudited() {
        TestTenant tenant = TestTenant.create();
        ApiClient api = tenant.api();

        // Domains: an IDN name is stored as punycode, with the Unicode form alongside.
        String unicodeName = "bücher-" + TestTenant.unique("x").substring(2) + ".test";
        String asciiName = IDN.toASCII(unicodeName);
        assertThat(asciiName).startsWith("xn--");
        ApiResponse domainCreated = api.post(tenant.path("/domains"), Json.object("name", unicodeName)).expect(201);
        JsonObject domain = domainCreated.json();
        String domainId = domain.getString("id");
        assertThat(domainCreated.location()).isEqualTo(ApiClient.API + tenant.path("/domains/" + domainId));
        assertThat(domain.getString("name")).isEqualTo(asciiName);
        assertThat(domain.getString("unicodeName")).isEqualTo(unicodeName);
        assertThat(domain.getString("mailFromDomain")).isEqualTo("mail." + asciiName);
        assertThat(domain.getString("status")).isEqualTo("PENDING");
        assertThat(domain.getString("tenantId")).isEqualTo(tenant.id());
        assertThat(api.get(domainCreated.location()).expect(200).json().getString("name")).isEqualTo(asciiName);
        assertThat(Json.strings(api.get(tenant.path("/domains")).expect(200).jsonArray(), "id")).containsExactly(domainId);

        // Mailboxes: the default daily limit applies when none is given; the address is normalised.
        ApiResponse mailboxCreated = api.post(tenant.path("/mailboxes"),
                Json.object("address", "Hello@" + unicodeName.toUpperCase(), "displayName", "Hello")).expect(201);
        JsonObject mailbox = mailboxCreated.json();
        String mailboxId = mailbox.getString("id");
        assertThat(mailboxCreated.location()).isEqualTo(ApiClient.API + tenant.path("/mailboxes/" + mailboxId));
        assertThat(mailbox.getString("address")).isEqualTo("hello@" + asciiName);
        assertThat(mailbox.getInt("dailyLimit")).isEqualTo(200);
        assertThat(mailbox.getString("domainId")).isEqualTo(domainId);
        assertThat(mailbox.getString("status")).isEqualTo("ACTIVE");
        assertThat(api.get(mailboxCreated.location()).expect(200).json()).isEqualTo(mailbox);

        JsonObject explicit = api.post(tenant.path("/mailboxes"),
                Json.object("address", "news@" + asciiName, "dailyLimit", 1000)).expect(201).json();
        assertThat(explicit.getInt("dailyLimit")).isEqualTo(1000);
        assertThat(explicit.containsKey("displayName") && !explicit.isNull("displayName")).isFalse();
        assertThat(Json.strings(api.get(tenant.path("/mailboxes")).expect(200).jsonArray(), "address"))
                .containsExactly("hello@" + asciiName, "news@" + asciiName);

        JsonObject renamed = api.patch(mailboxCreated.location(), Json.object("displayName", "Hello team", "dailyLimit", 50))
                .expect(200).json();
        assertThat(renamed.getString("displayName")).isEqualTo("Hello team");
        assertThat(renamed.getInt("dailyLimit")).isEqualTo(50);
        JsonObject paused = api.patch(mailboxCreated.location(), Json.object("status", "PAUSED", "reason", "holiday"))
                .expect(200).json();
        assertThat(paused.getString("status")).isEqualTo("PAUSED");
        assertThat(paused.getString("statusReason")).isEqualTo("holiday");
        assertThat(paused.getString("displayName")).as("untouched by the PATCH").isEqualTo("Hello team");
        assertThat(api.patch(mailboxCreated.location(), Json.object("status", "ACTIVE")).expect(200).json()
                .getString("status")).isEqualTo("ACTIVE");

        // API keys: the tenant issues and revokes its own.
        ApiResponse keyCreated = api.post(tenant.path("/api-keys"), Json.object("name", "ci")).expect(201);
        String keyId = keyCreated.json().getString("id");
        assertThat(keyCreated.location()).isEqualTo(ApiClient.API + tenant.path("/api-keys/" + keyId));
        assertThat(Json.strings(api.get(tenant.path("/api-keys")).expect(200).jsonArray(), "id")).contains(keyId);
        api.delete(keyCreated.location()).expect(204);
        assertThat(Json.find(api.get(tenant.path("/api-keys")).expect(200).jsonArray(), "id", keyId).orElseThrow()
                .get("revokedAt")).isNotEqualTo(JsonValue.NULL).isNotNull();

        // Deleting: mailboxes first, then the domain.
        api.delete(mailboxCreated.location()).expect(204);
        api.delete(tenant.path("/mailboxes/" + explicit.getString("id"))).expect(204);
        api.get(mailboxCreated.location()).expectProblem(404);
        assertThat(api.get(tenant.path("/mailboxes")).expect(200).jsonArray()).isEmpty();
        api.delete(domainCreated.location()).expect(204);
        api.get(domainCreated.location()).expectProblem(404);
        assertThat(api.get(tenant.path("/domains")).expect(200).jsonArray()).isEmpty();

        // The audit trail, newest first, names each change, its object and who made it.
        ApiResponse audit = api.get(tenant.path("/audit")).expect(200);
        List<String> actions = Json.strings(audit.items(), "action");
        assertThat(actions).containsExactly(
                "domain.removed", "mailbox.deleted", "mailbox.deleted", "api-key.revoked", "api-key.created",
                "mailbox.updated", "mailbox.updated", "mailbox.updated", "mailbox.created", "mailbox.created",
                "domain.added", "api-key.created", "tenant.created");
        assertThat(audit.json().getInt("total")).isEqualTo(actions.size());
        JsonObject domainAdded = Json.find(audit.items(), "action", "domain.added").orElseThrow();
        assertThat(domainAdded.getString("objectType")).isEqualTo("domain");
        assertThat(domainAdded.getString("objectId")).isEqualTo(domainId);
        assertThat(domainAdded.getString("actor")).startsWith("api-key:");
        assertThat(domainAdded.getString("at")).isNotBlank();
        assertThat(Json.find(audit.items(), "action", "tenant.created").orElseThrow().getString("actor"))
                .isEqualTo("admin:admin");
        assertThat(Json.find(audit.items(), "action", "api-key.revoked").orElseThrow().getString("objectId"))
                .isEqualTo(keyId);
    }

    @Test
    void auditIsPaged() {
        TestTenant tenant = TestTenant.create();
        for (int i = 0; i < 3; i++) {
            tenant.api().patch(tenant.path(), Json.object("displayName", "Renamed " + i)).expect(200);
        }

        ApiResponse page = tenant.api().get(tenant.path("/audit?offset=1&limit=2")).expect(200);

        assertThat(page.json().getInt("total")).isEqualTo(5);
        assertThat(page.json().getInt("offset")).isEqualTo(1);
        assertThat(page.json().getInt("limit")).isEqualTo(2);
        assertThat(Json.strings(page.items(), "action")).containsExactly("tenant.updated", "tenant.updated");
    }

    private List<String> auditActions(String tenantId) {
        return Json.strings(admin.get("/tenants/" + tenantId + "/audit?limit=200").expect(200).items(), "action");
    }
}
