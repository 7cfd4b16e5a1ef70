package io.sendwell.platform;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refused input gets its documented status as application/problem+json with a title and a
 * detail, and leaves nothing behind: no row (the listings are unchanged) and no audit entry.
 */
class BadInputIT {

    private final ApiClient admin = ApiClient.asAdmin();
    private TestTenant tenant;
    private ApiClient api;
    private String domain;

    @BeforeEach
    void tenantWithOneDomain() {
        tenant = TestTenant.create(Json.object("slug", TestTenant.unique("bad"), "displayName", "Bad input", "dailyLimit", 1000));
        api = tenant.api();
        domain = tenant.addDomain().getString("name");
    }

    @Test
    void malformedDomainNamesAreRefused() {
        for (String name : new String[]{"not a domain", "nodot", "-lead.test", "trail-.test", "a..b.test",
                "x".repeat(64) + ".test", "under_score.test", "ex@mple.test", "1.2.3.4", "bad.t3st", "   "}) {
            JsonObject problem = refusedWithoutTrace(400, () -> api.post(tenant.path("/domains"), Json.object("name", name)));
            assertThat(problem.getString("title")).isEqualTo("Invalid input");
        }
        refusedWithoutTrace(400, () -> api.post(tenant.path("/domains"), Json.object("mailFromDomain", "mail.x.test")));
        assertThat(api.get(tenant.path("/domains")).expect(200).jsonArray()).hasSize(1);
    }

    @Test
    void reservedTopLevelDomainsAreRefused() {
        for (String tld : new String[]{"invalid", "localhost", "local", "onion"}) {
            JsonObject problem = refusedWithoutTrace(400, () -> api.post(tenant.path("/domains"),
                    Json.object("name", TestTenant.unique("foo") + "." + tld)));
            assertThat(problem.getString("detail")).contains("reserved");
        }
        assertThat(api.get(tenant.path("/domains")).expect(200).jsonArray()).hasSize(1);
    }

    @Test
    void mailFromDomainOutsideTheDomainIsRefused() {
        String name = TestTenant.uniqueDomain();
        refusedWithoutTrace(400, () -> api.post(tenant.path("/domains"),
                Json.object("name", name, "mailFromDomain", "mail.elsewhere.test")));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/domains"), Json.object("name", name, "mailFromDomain", name)));
        assertThat(api.get(tenant.path("/domains")).expect(200).jsonArray()).hasSize(1);
    }

    @Test
    void mailboxAddressOutsideTheTenantsDomainsIsRefused() {
        JsonObject problem = refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"),
                Json.object("address", "info@" + TestTenant.uniqueDomain())));
        assertThat(problem.getString("detail")).contains("not on one of this tenant's domains");
        // A subdomain of the tenant's domain is not the domain itself.
        refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"), Json.object("address", "info@sub." + domain)));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"), Json.object("address", "not-an-address")));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"), Json.object("address", "a b@" + domain)));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"), Json.object("displayName", "no address")));
        assertNoMailboxes();
    }

    @Test
    void nonPositiveDailyLimitsAreRefused() {
        List<String> slugs = new ArrayList<>();
        for (int limit : new int[]{0, -1, -500}) {
            refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"),
                    Json.object("address", "info@" + domain, "dailyLimit", limit)));
            String slug = TestTenant.unique("lim");
            slugs.add(slug);
            admin.post("/tenants", Json.object("slug", slug, "displayName", "Limit", "dailyLimit", limit)).expectProblem(400);
            refusedWithoutTrace(400, () -> admin.patch(tenant.path(), Json.object("dailyLimit", limit)));
        }
        assertNoMailboxes();
        assertNoTenants(slugs);
        assertThat(admin.get(tenant.path()).expect(200).json().getInt("dailyLimit")).isEqualTo(1000);

        String mailbox = tenant.addMailbox("info@" + domain).getString("id");
        refusedWithoutTrace(400, () -> api.patch(tenant.path("/mailboxes/" + mailbox), Json.object("dailyLimit", 0)));
        refusedWithoutTrace(400, () -> api.patch(tenant.path("/mailboxes/" + mailbox), Json.object("dailyLimit", -3)));
        assertThat(api.get(tenant.path("/mailboxes/" + mailbox)).expect(200).json().getInt("dailyLimit")).isEqualTo(200);
    }

    @Test
    void mailboxDailyLimitAboveTheTenantsLimitIsRefused() {
        JsonObject problem = refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"),
                Json.object("address", "info@" + domain, "dailyLimit", 1001)));
        assertThat(problem.getString("detail")).contains("1000");
        assertNoMailboxes();

        String mailbox = api.post(tenant.path("/mailboxes"), Json.object("address", "info@" + domain, "dailyLimit", 1000))
                .expect(201).json().getString("id");
        refusedWithoutTrace(400, () -> api.patch(tenant.path("/mailboxes/" + mailbox), Json.object("dailyLimit", 1001)));
        assertThat(api.get(tenant.path("/mailboxes/" + mailbox)).expect(200).json().getInt("dailyLimit")).isEqualTo(1000);
    }

    @Test
    void defaultMailboxLimitNeverExceedsASmallTenantLimit() {
        TestTenant small = TestTenant.create(Json.object("slug", TestTenant.unique("small"), "displayName", "Small",
                "dailyLimit", 50));
        String smallDomain = small.addDomain().getString("name");

        assertThat(small.addMailbox("info@" + smallDomain).getInt("dailyLimit")).isEqualTo(50);
    }

    @Test
    void unknownJsonFieldsAreRefused() {
        JsonObject problem = refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"),
                Json.object("address", "info@" + domain, "dailyLimt", 5)));
        assertThat(problem.getString("detail")).contains("dailyLimt");
        String slug = TestTenant.unique("unk");
        admin.post("/tenants", Json.object("slug", slug, "displayName", "Unknown", "plan", "gold")).expectProblem(400);
        assertNoTenants(List.of(slug));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/domains"), Json.object("name", TestTenant.uniqueDomain(), "owner", "x")));
        refusedWithoutTrace(400, () -> api.patch(tenant.path(), Json.object("displayNme", "typo")));
        assertNoMailboxes();
    }

    @Test
    void malformedJsonIsRefused() {
        for (String body : new String[]{"{\"address\": ", "{address: 'x'}", "not json", "[]", "42",
                "{\"address\": \"info@" + "x.test\", \"dailyLimit\": \"many\"}"}) {
            refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"), body));
        }
        refusedWithoutTrace(400, () -> api.patch(tenant.path(), "{\"displayName\": "));
        assertNoMailboxes();
    }

    @Test
    void emptyBodiesAreRefused() {
        refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"), ""));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/domains"), ""));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/api-keys"), ""));
        refusedWithoutTrace(400, () -> api.patch(tenant.path(), ""));
        refusedWithoutTrace(400, () -> admin.post("/tenants", ""));
        refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"), "{}"));
        assertNoMailboxes();
    }

    @Test
    void duplicateSlugIsAConflict() {
        String slug = tenant.slug();
        JsonObject problem = admin.post("/tenants", Json.object("slug", slug, "displayName", "Copy")).expectProblem(409);

        assertThat(problem.getString("title")).isEqualTo("Conflict");
        assertThat(Json.strings(admin.get("/tenants").expect(200).jsonArray(), "slug")).containsOnlyOnce(slug);
    }

    @Test
    void invalidSlugIsRefused() {
        for (String slug : new String[]{"Upper", "with space", "-lead", "trail-", "x".repeat(41), "ünï"}) {
            admin.post("/tenants", Json.object("slug", slug, "displayName", "Bad slug")).expectProblem(400);
        }
    }

    @Test
    void duplicateDomainIsAConflict() {
        refusedWithoutTrace(409, () -> api.post(tenant.path("/domains"), Json.object("name", domain)));
        refusedWithoutTrace(409, () -> api.post(tenant.path("/domains"), Json.object("name", domain.toUpperCase() + ".")));
        assertThat(api.get(tenant.path("/domains")).expect(200).jsonArray()).hasSize(1);
    }

    @Test
    void domainOwnedByAnotherTenantIsAConflictThatDoesNotNameTheOwner() {
        TestTenant other = TestTenant.create();

        JsonObject problem = refusedWithoutTrace(409, () -> other.api().post(other.path("/domains"), Json.object("name", domain)),
                other);

        assertThat(problem.toString()).doesNotContain(tenant.id()).doesNotContain(tenant.slug());
        assertThat(other.api().get(other.path("/domains")).expect(200).jsonArray()).isEmpty();
    }

    @Test
    void duplicateMailboxAddressIsAConflict() {
        tenant.addMailbox("info@" + domain);

        refusedWithoutTrace(409, () -> api.post(tenant.path("/mailboxes"), Json.object("address", "info@" + domain)));
        refusedWithoutTrace(409, () -> api.post(tenant.path("/mailboxes"), Json.object("address", "INFO@" + domain.toUpperCase())));
        assertThat(api.get(tenant.path("/mailboxes")).expect(200).jsonArray()).hasSize(1);
    }

    @Test
    void deletingADomainThatStillHasMailboxesIsAConflict() {
        String domainId = Json.find(api.get(tenant.path("/domains")).expect(200).jsonArray(), "name", domain).orElseThrow()
                .getString("id");
        tenant.addMailbox("info@" + domain);

        JsonObject problem = refusedWithoutTrace(409, () -> api.delete(tenant.path("/domains/" + domainId)));

        assertThat(problem.getString("detail")).contains("mailbox");
        api.get(tenant.path("/domains/" + domainId)).expect(200);
    }

    @Test
    void lineBreaksInDisplayNamesAreRefused() {
        List<String> slugs = new ArrayList<>();
        for (String name : new String[]{"Evil\r\nBcc: victim@example.com", "Two\nlines", "Carriage\rreturn", "Tab\tand NUL\u0000"}) {
            refusedWithoutTrace(400, () -> api.post(tenant.path("/mailboxes"),
                    Json.object("address", "info@" + domain, "displayName", name)));
            refusedWithoutTrace(400, () -> api.patch(tenant.path(), Json.object("displayName", name)));
            String slug = TestTenant.unique("crlf");
            slugs.add(slug);
            admin.post("/tenants", Json.object("slug", slug, "displayName", name)).expectProblem(400);
        }
        assertNoMailboxes();
        assertNoTenants(slugs);
        assertThat(api.get(tenant.path()).expect(200).json().getString("displayName")).isEqualTo("Bad input");

        String mailbox = tenant.addMailbox("info@" + domain).getString("id");
        refusedWithoutTrace(400, () -> api.patch(tenant.path("/mailboxes/" + mailbox), Json.object("displayName", "A\r\nB")));
        assertThat(api.get(tenant.path("/mailboxes/" + mailbox)).expect(200).json().getString("displayName")).isEqualTo("IT mailbox");
    }

    @Test
    void unknownMailboxStatusIsRefused() {
        String mailbox = tenant.addMailbox("info@" + domain).getString("id");

        refusedWithoutTrace(400, () -> api.patch(tenant.path("/mailboxes/" + mailbox), Json.object("status", "DELETED")));
        refusedWithoutTrace(400, () -> api.patch(tenant.path("/mailboxes/" + mailbox), Json.object("status", "ACTIVE")));
        assertThat(api.get(tenant.path("/mailboxes/" + mailbox)).expect(200).json().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void oversizedBodyWithContentLengthIsRefusedWith413() {
        byte[] body = oversizedMailbox();

        JsonObject problem = refusedWithoutTrace(413, () -> api.send("POST", tenant.path("/mailboxes"), "application/json",
                BodyPublishers.ofByteArray(body)));

        assertThat(problem.getString("detail")).contains("65536");
        assertNoMailboxes();
    }

    @Test
    void oversizedChunkedBodyIsRefusedWith413() {
        byte[] body = oversizedMailbox();

        // An InputStream publisher has no known length, so HttpClient sends Transfer-Encoding: chunked.
        refusedWithoutTrace(413, () -> api.send("POST", tenant.path("/mailboxes"), "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertNoMailboxes();
    }

    @Test
    void bodyJustUnderTheLimitIsReadNormally() {
        // Proves the 413s above are about size: a big but acceptable body gets the ordinary validation.
        String padding = " ".repeat(60_000);
        api.send("POST", tenant.path("/mailboxes"), "application/json", BodyPublishers.ofInputStream(() ->
                new ByteArrayInputStream(("{\"address\": \"info@" + domain + "\"," + padding + "\"dailyLimit\": 10}")
                        .getBytes(StandardCharsets.UTF_8)))).expect(201);
    }

    @Test
    void missingOrWrongCredentialsGet401WithAChallenge() {
        for (ApiClient client : new ApiClient[]{
                ApiClient.anonymous(),
                ApiClient.withBasic("admin", "wrong-password"),
                ApiClient.withBasic("root", "change-me-now"),
                ApiClient.withBasic("admin", ""),
                ApiClient.withKey("garbage"),
                ApiClient.withKey(""),
                ApiClient.withKey("sw_000000000000_" + "0".repeat(64)),
                ApiClient.withKey(tenant.apiKey() + "x"),
                ApiClient.withKey(tampered(tenant.apiKey())),
                ApiClient.withAuthorization("Digest username=\"admin\""),
                ApiClient.withAuthorization(tenant.apiKey())}) {
            for (ApiResponse response : new ApiResponse[]{
                    client.get("/tenants"),
                    client.get(tenant.path("/mailboxes")),
                    client.post(tenant.path("/domains"), Json.object("name", TestTenant.uniqueDomain()))}) {
                response.expectProblem(401);
                assertThat(response.header("WWW-Authenticate")).as("challenge on %s", response).isPresent();
            }
        }
        assertThat(api.get(tenant.path("/domains")).expect(200).jsonArray()).hasSize(1);
    }

    /**
     * Open Liberty 26.0.0.3 fails before the application sees the request: after the authentication
     * mechanism returns, WebProviderAuthenticatorProxy.authenticateForOtherMechanisms decodes any
     * "Basic" header and calls substring(0, indexOf(':')), so a value without a colon (or one that
     * is not Base64) ends in a 500 — even when the mechanism answers SEND_FAILURE. What the
     * application does guarantee: the request is refused and the web module's error page leaks no
     * stack trace. When Liberty is fixed, this should become a 401 problem.
     */
    @Test
    void malformedBasicCredentialsAreRefusedWithoutLeakingAStackTrace() {
        for (ApiClient client : new ApiClient[]{
                ApiClient.withAuthorization("Basic !!!not-base64!!!"),
                ApiClient.withAuthorization("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)))}) {
            ApiResponse response = client.get("/tenants");
            assertThat(response.status()).isIn(401, 500);
            assertThat(response.body()).doesNotContain("Exception", "at com.ibm", "at java.");
        }
    }

    @Test
    void unknownIdsAreNotFound() {
        api.get(tenant.path("/mailboxes/no-such-mailbox")).expectProblem(404);
        api.get(tenant.path("/domains/no-such-domain")).expectProblem(404);
        api.delete(tenant.path("/api-keys/no-such-key")).expectProblem(404);
        admin.get("/tenants/no-such-tenant").expectProblem(404);
        admin.get("/tenants/no-such-tenant/mailboxes").expectProblem(404);
    }

    @Test
    void badPagingAndWrongMediaTypeAreProblemsToo() {
        api.get(tenant.path("/audit?limit=0")).expectProblem(400);
        api.get(tenant.path("/audit?limit=100000")).expectProblem(400);
        api.get(tenant.path("/audit?offset=-1")).expectProblem(400);
        refusedWithoutTrace(415, () -> api.send("POST", tenant.path("/mailboxes"), "text/plain",
                BodyPublishers.ofString("{\"address\": \"info@" + domain + "\"}")));
        api.send("PUT", tenant.path(), "application/json", BodyPublishers.ofString("{}")).expectProblem(405);
        assertNoMailboxes();
    }

    private JsonObject refusedWithoutTrace(int status, Supplier<ApiResponse> call) {
        return refusedWithoutTrace(status, call, tenant);
    }

    /** Runs a call that must fail with {@code status}, and checks it wrote no audit entry for {@code owner}. */
    private static JsonObject refusedWithoutTrace(int status, Supplier<ApiResponse> call, TestTenant owner) {
        long before = owner.auditTotal();
        JsonObject problem = call.get().expectProblem(status);
        assertThat(owner.auditTotal()).as("audit entries of %s after a refused call", owner.slug()).isEqualTo(before);
        return problem;
    }

    /** The same key with its last hex digit changed: right prefix, wrong secret. */
    private static String tampered(String key) {
        char last = key.charAt(key.length() - 1);
        return key.substring(0, key.length() - 1) + (last == '0' ? '1' : '0');
    }

    private void assertNoTenants(List<String> slugs) {
        assertThat(Json.strings(admin.get("/tenants").expect(200).jsonArray(), "slug")).doesNotContainAnyElementsOf(slugs);
    }

    private void assertNoMailboxes() {
        assertThat(api.get(tenant.path("/mailboxes")).expect(200).jsonArray()).isEmpty();
    }

    private byte[] oversizedMailbox() {
        return Json.object("address", "info@" + domain, "displayName", "x".repeat(70 * 1024)).toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
