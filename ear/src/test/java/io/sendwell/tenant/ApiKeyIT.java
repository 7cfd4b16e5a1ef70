package io.sendwell.tenant;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyIT {

    @Test
    void plaintextKeyIsShownOnceAndNeverAgain() {
        TestTenant tenant = TestTenant.create();

        ApiResponse created = tenant.api().post(tenant.path("/api-keys"), Json.object("name", "deploy bot")).expect(201);
        String key = created.json().getString("key");
        String prefix = created.json().getString("prefix");
        String id = created.json().getString("id");
        assertThat(key).startsWith("sw_" + prefix + "_");

        ApiResponse listing = tenant.api().get(tenant.path("/api-keys")).expect(200);
        JsonObject listed = Json.find(listing.jsonArray(), "id", id).orElseThrow();
        assertThat(listed.getString("prefix")).isEqualTo(prefix);
        assertThat(listed.getString("name")).isEqualTo("deploy bot");
        assertThat(listing.jsonArray()).allSatisfy(k -> assertThat(k.asJsonObject()).doesNotContainKey("key"));
        assertThat(listing.body()).doesNotContain(key).doesNotContain(key.substring(key.lastIndexOf('_') + 1));

        ApiResponse one = tenant.api().get(created.location()).expect(200);
        assertThat(one.json()).doesNotContainKey("key");
        assertThat(one.body()).doesNotContain(key.substring(key.lastIndexOf('_') + 1));

        ApiResponse audit = ApiClient.asAdmin().get(tenant.path("/audit?limit=200")).expect(200);
        assertThat(audit.body()).doesNotContain(key.substring(key.lastIndexOf('_') + 1));
    }

    @Test
    void newKeyWorksAtOnceAndRevokedKeyStopsWorkingAtOnce() {
        TestTenant tenant = TestTenant.create();
        JsonObject created = ApiClient.asAdmin().post(tenant.path("/api-keys"), Json.object("name", "short-lived",
                        "scopes", Json.array("read", "manage")))
                .expect(201).json();
        ApiClient holder = ApiClient.withKey(created.getString("key"));
        holder.get(tenant.path()).expect(200);

        holder.delete(tenant.path("/api-keys/" + created.getString("id"))).expect(204);

        ApiResponse refused = holder.get(tenant.path());
        refused.expectProblem(401);
        assertThat(refused.header("WWW-Authenticate")).isPresent();
        holder.get(tenant.path("/mailboxes")).expectProblem(401);
        // The tenant's other key is unaffected, and the listing records the revocation.
        JsonObject listed = Json.find(tenant.api().get(tenant.path("/api-keys")).expect(200).jsonArray(),
                "id", created.getString("id")).orElseThrow();
        assertThat(listed.getString("revokedAt", null)).isNotNull();
    }

    @Test
    void keyWithoutManageScopeCannotMintKeys() {
        TestTenant tenant = TestTenant.create();
        JsonObject created = ApiClient.asAdmin().post(tenant.path("/api-keys"), Json.object("name", "web shop"))
                .expect(201).json();
        assertThat(Json.strings(created.getJsonArray("scopes"))).containsExactly("send", "read");
        ApiClient shop = ApiClient.withKey(created.getString("key"));

        JsonObject refused = shop.post(tenant.path("/api-keys"),
                Json.object("name", "escalate", "scopes", Json.array("send", "read", "manage"))).expectProblem(403);
        assertThat(refused.getString("detail")).contains("'manage' scope");
        shop.delete(tenant.path("/api-keys/" + tenant.api().get(tenant.path("/api-keys")).expect(200).jsonArray()
                .getJsonObject(0).getString("id"))).expectProblem(403);
        shop.post(tenant.path("/domains"), Json.object("name", TestTenant.uniqueDomain())).expectProblem(403);
        shop.post("/suppressions", Json.object("address", "someone@example.com")).expectProblem(403);
        shop.delete("/suppressions/someone@example.com").expectProblem(403);

        // What it was made for still works, and nothing was minted or revoked.
        shop.get(tenant.path()).expect(200);
        JsonArray keys = tenant.api().get(tenant.path("/api-keys")).expect(200).jsonArray();
        assertThat(keys).hasSize(2);
        assertThat(Json.strings(keys, "revokedAt")).containsOnly("null");
    }

    @Test
    void readOnlyKeyCannotSendAndIsToldWhichScopeIsMissing() {
        TestTenant tenant = TestTenant.create();
        String key = tenant.api().post(tenant.path("/api-keys"), Json.object("name", "dashboard", "scopes", Json.array("read")))
                .expect(201).json().getString("key");
        ApiClient dashboard = ApiClient.withKey(key);

        JsonObject refused = dashboard.post("/messages", Json.object("from", "a@example.com", "to", Json.array("b@example.com"),
                "subject", "hi", "text", "hi")).expectProblem(403);
        assertThat(refused.getString("detail")).contains("'send' scope");
        dashboard.get("/messages").expect(200);
        dashboard.get("/suppressions").expect(200);
    }

    @Test
    void manageScopeIsGrantedOnlyWhenAskedForAndUnknownScopesAreRefused() {
        TestTenant tenant = TestTenant.create();
        JsonObject manager = tenant.api().post(tenant.path("/api-keys"),
                Json.object("name", "ops", "scopes", Json.array("manage", "read"))).expect(201).json();
        assertThat(Json.strings(manager.getJsonArray("scopes"))).containsExactly("read", "manage");

        JsonObject minted = ApiClient.withKey(manager.getString("key"))
                .post(tenant.path("/api-keys"), Json.object("name", "minted")).expect(201).json();
        assertThat(Json.strings(minted.getJsonArray("scopes"))).containsExactly("send", "read");
        assertThat(Json.strings(tenant.api().get(tenant.path("/api-keys/" + minted.getString("id"))).expect(200).json()
                .getJsonArray("scopes"))).containsExactly("send", "read");

        tenant.api().post(tenant.path("/api-keys"), Json.object("name", "bad", "scopes", Json.array("admin"))).expectProblem(400);
        tenant.api().post(tenant.path("/api-keys"), Json.object("name", "none", "scopes", Json.array())).expectProblem(400);
    }

    @Test
    void revokingTwiceIsHarmless() {
        TestTenant tenant = TestTenant.create();
        String id = tenant.api().post(tenant.path("/api-keys"), Json.object("name", "twice")).expect(201).json().getString("id");

        tenant.api().delete(tenant.path("/api-keys/" + id)).expect(204);
        tenant.api().delete(tenant.path("/api-keys/" + id)).expect(204);

        tenant.api().get(tenant.path()).expect(200);
    }

    @Test
    void apiResponsesSetNoCookieForBasicOrBearerCalls() {
        TestTenant tenant = TestTenant.create();

        for (ApiResponse response : new ApiResponse[]{
                ApiClient.asAdmin().get("/tenants"),
                ApiClient.asAdmin().get(tenant.path()),
                ApiClient.asAdmin().post(tenant.path("/api-keys"), Json.object("name", "cookie check")),
                tenant.api().get(tenant.path()),
                tenant.api().get(tenant.path("/api-keys")),
                tenant.api().post(tenant.path("/domains"), Json.object("name", TestTenant.uniqueDomain())),
                ApiClient.withKey("sw_000000000000_" + "0".repeat(64)).get(tenant.path()),
                ApiClient.withBasic("admin", "wrong").get("/tenants")}) {
            assertThat(response.headerValues("Set-Cookie")).as("Set-Cookie on %s", response).isEmpty();
        }
    }

    @Test
    void aCookieFromAnotherResponseDoesNotAuthenticate() {
        // Even if an LtpaToken2 cookie were minted somewhere, it must not stand in for credentials on the API.
        ApiClient.anonymous().withHeader("Cookie", "LtpaToken2=bogus").get("/tenants").expectProblem(401);
    }
}
