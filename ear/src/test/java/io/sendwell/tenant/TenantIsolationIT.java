package io.sendwell.tenant;

import io.sendwell.it.ApiClient;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant A's key against tenant B's objects: another tenant's objects are "not found" (404), so A
 * cannot even learn they exist; operator-only actions are "forbidden" (403). Nothing of B changes.
 */
class TenantIsolationIT {

    private TestTenant a;
    private TestTenant b;
    private ApiClient asA;
    private String bDomainId;
    private String bDomainName;
    private String bMailboxId;
    private String bKeyId;
    private long bAuditBefore;

    @BeforeEach
    void twoTenantsWithDomainsMailboxesAndKeys() {
        a = TestTenant.create();
        b = TestTenant.create();
        asA = a.api();
        a.addMailbox("a@" + a.addDomain().getString("name"));
        JsonObject bDomain = b.addDomain();
        bDomainId = bDomain.getString("id");
        bDomainName = bDomain.getString("name");
        bMailboxId = b.addMailbox("b@" + bDomainName).getString("id");
        bKeyId = b.api().post(b.path("/api-keys"), Json.object("name", "b's second key")).expect(201).json().getString("id");
        bAuditBefore = b.auditTotal();
    }

    @Test
    void tenantCannotReadAnotherTenantsObjects() {
        asA.get(b.path()).expectProblem(404);
        asA.get(b.path("/domains")).expectProblem(404);
        asA.get(b.path("/domains/" + bDomainId)).expectProblem(404);
        asA.get(b.path("/mailboxes")).expectProblem(404);
        asA.get(b.path("/mailboxes/" + bMailboxId)).expectProblem(404);
        asA.get(b.path("/api-keys")).expectProblem(404);
        asA.get(b.path("/api-keys/" + bKeyId)).expectProblem(404);
        asA.get(b.path("/audit")).expectProblem(404);

        assertThat(asA.get(b.path("/mailboxes/" + bMailboxId)).body()).doesNotContain(bDomainName);
    }

    @Test
    void tenantCannotChangeOrDeleteAnotherTenantsObjects() {
        asA.patch(b.path(), Json.object("displayName", "Hijacked")).expectProblem(404);
        asA.patch(b.path(), Json.object("dailyLimit", 1)).expectProblem(404);
        asA.patch(b.path("/mailboxes/" + bMailboxId), Json.object("displayName", "Hijacked")).expectProblem(404);
        asA.patch(b.path("/mailboxes/" + bMailboxId), Json.object("status", "PAUSED")).expectProblem(404);
        asA.delete(b.path("/mailboxes/" + bMailboxId)).expectProblem(404);
        asA.delete(b.path("/domains/" + bDomainId)).expectProblem(404);
        asA.delete(b.path("/api-keys/" + bKeyId)).expectProblem(404);
        asA.delete(b.path("/api-keys/" + bKeyId)).expectProblem(404);
        asA.post(b.path("/pause"), Json.object("reason", "sabotage")).expectProblem(403);

        bIsUntouched();
    }

    @Test
    void tenantCannotCreateUnderAnotherTenant() {
        asA.post(b.path("/domains"), Json.object("name", TestTenant.uniqueDomain())).expectProblem(404);
        asA.post(b.path("/mailboxes"), Json.object("address", "new@" + bDomainName)).expectProblem(404);
        asA.post(b.path("/api-keys"), Json.object("name", "backdoor")).expectProblem(404);

        bIsUntouched();
        assertThat(Json.strings(b.api().get(b.path("/mailboxes")).expect(200).jsonArray(), "id")).containsExactly(bMailboxId);
        assertThat(b.api().get(b.path("/api-keys")).expect(200).jsonArray()).hasSize(2);
    }

    @Test
    void tenantCannotReachAnotherTenantsObjectsThroughItsOwnPath() {
        asA.get(a.path("/domains/" + bDomainId)).expectProblem(404);
        asA.delete(a.path("/domains/" + bDomainId)).expectProblem(404);
        asA.get(a.path("/mailboxes/" + bMailboxId)).expectProblem(404);
        asA.patch(a.path("/mailboxes/" + bMailboxId), Json.object("displayName", "Hijacked")).expectProblem(404);
        asA.delete(a.path("/mailboxes/" + bMailboxId)).expectProblem(404);
        asA.get(a.path("/api-keys/" + bKeyId)).expectProblem(404);
        asA.delete(a.path("/api-keys/" + bKeyId)).expectProblem(404);
        // B's domain is not A's, so A cannot put a mailbox on it.
        asA.post(a.path("/mailboxes"), Json.object("address", "spoof@" + bDomainName)).expectProblem(400);

        bIsUntouched();
    }

    @Test
    void tenantSeesOnlyItselfInTheTenantList() {
        assertThat(Json.strings(asA.get("/tenants").expect(200).jsonArray(), "id")).containsExactly(a.id());
        assertThat(Json.strings(ApiClient.asAdmin().get("/tenants").expect(200).jsonArray(), "id")).contains(a.id(), b.id());
    }

    @Test
    void onlyOperatorsCreateTenantsOrSetLimitsAndRegions() {
        String slug = TestTenant.unique("rogue");
        asA.post("/tenants", Json.object("slug", slug, "displayName", "Rogue")).expectProblem(403);
        asA.patch(a.path(), Json.object("dailyLimit", 1_000_000)).expectProblem(403);
        asA.patch(a.path(), Json.object("sesRegion", "eu-west-1")).expectProblem(403);
        asA.post(a.path("/pause"), Json.object("reason", "self")).expectProblem(403);

        assertThat(Json.strings(ApiClient.asAdmin().get("/tenants").expect(200).jsonArray(), "slug")).doesNotContain(slug);
        JsonObject own = asA.get(a.path()).expect(200).json();
        assertThat(own.getInt("dailyLimit")).isEqualTo(a.json().getInt("dailyLimit"));
        assertThat(own.getString("sesRegion")).isEqualTo(a.json().getString("sesRegion"));
        // A tenant may still rename and rebrand itself.
        asA.patch(a.path(), Json.object("displayName", "A renamed",
                "branding", Json.object("productName", "A Mail"))).expect(200);
    }

    private void bIsUntouched() {
        ApiClient admin = ApiClient.asAdmin();
        JsonObject tenant = admin.get(b.path()).expect(200).json();
        assertThat(tenant.getString("displayName")).isEqualTo(b.json().getString("displayName"));
        assertThat(tenant.getInt("dailyLimit")).isEqualTo(b.json().getInt("dailyLimit"));
        assertThat(tenant.getString("status")).isEqualTo("ACTIVE");
        JsonObject mailbox = admin.get(b.path("/mailboxes/" + bMailboxId)).expect(200).json();
        assertThat(mailbox.getString("displayName")).isEqualTo("IT mailbox");
        assertThat(mailbox.getString("status")).isEqualTo("ACTIVE");
        admin.get(b.path("/domains/" + bDomainId)).expect(200);
        JsonObject key = Json.find(admin.get(b.path("/api-keys")).expect(200).jsonArray(), "id", bKeyId).orElseThrow();
        assertThat(key.get("revokedAt")).as("revokedAt of B's key").isIn(null, JsonValue.NULL);
        b.api().get(b.path()).expect(200);
        assertThat(b.auditTotal()).as("B's audit trail").isEqualTo(bAuditBefore);
    }
}
