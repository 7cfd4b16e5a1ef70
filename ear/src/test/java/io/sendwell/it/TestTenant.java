package io.sendwell.it;

import jakarta.json.JsonObject;

import java.security.SecureRandom;
import java.util.List;

/**
 * A tenant created through the API for one test, with an API key and helpers for its paths and
 * objects. Names are unique per call, so tests never collide with data left by other tests.
 */
public final class TestTenant {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final JsonObject json;
    private final String apiKey;

    private TestTenant(JsonObject json, String apiKey) {
        this.json = json;
        this.apiKey = apiKey;
    }

    /** A new tenant (default limits) with one API key, created by the platform administrator. */
    public static TestTenant create() {
        return create(Json.object("slug", unique("it"), "displayName", "IT tenant"));
    }

    /**
     * A new tenant from the given creation body, with one API key. The key has every scope: the
     * tests use it to set up domains and mailboxes as a tenant's own tooling would.
     */
    public static TestTenant create(JsonObject newTenant) {
        ApiClient admin = ApiClient.asAdmin();
        JsonObject tenant = admin.post("/tenants", newTenant).expect(201).json();
        String key = admin.post("/tenants/" + tenant.getString("id") + "/api-keys", Json.object("name", "it key",
                        "scopes", Json.array("send", "read", "manage")))
                .expect(201).json().getString("key");
        return new TestTenant(tenant, key);
    }

    /** {@code prefix-} followed by 8 random lower-case letters and digits (valid in slugs and DNS labels). */
    public static String unique(String prefix) {
        StringBuilder s = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** A fresh domain name under the RFC 6761 .test TLD, e.g. {@code it-3k9x0abc.test}. */
    public static String uniqueDomain() {
        return unique("it") + ".test";
    }

    public String id() {
        return json.getString("id");
    }

    public String slug() {
        return json.getString("slug");
    }

    /** The tenant as returned on creation. */
    public JsonObject json() {
        return json;
    }

    public String apiKey() {
        return apiKey;
    }

    /** A client that authenticates with this tenant's API key. */
    public ApiClient api() {
        return ApiClient.withKey(apiKey);
    }

    /** {@code /tenants/<id>} followed by {@code sub}, e.g. {@code path("/mailboxes")}. */
    public String path(String sub) {
        return "/tenants/" + id() + sub;
    }

    public String path() {
        return path("");
    }

    /** Adds a fresh domain as this tenant and returns it. */
    public JsonObject addDomain() {
        return addDomain(uniqueDomain());
    }

    public JsonObject addDomain(String name) {
        return api().post(path("/domains"), Json.object("name", name)).expect(201).json();
    }

    /** Creates a mailbox (default daily limit) as this tenant and returns it. */
    public JsonObject addMailbox(String address) {
        return api().post(path("/mailboxes"), Json.object("address", address, "displayName", "IT mailbox"))
                .expect(201).json();
    }

    /** The audit actions of this tenant, newest first (as the platform administrator sees them). */
    public List<String> auditActions() {
        return Json.strings(ApiClient.asAdmin().get(path("/audit?limit=200")).expect(200).items(), "action");
    }

    /**
     * Audit entries of this tenant that a request can have written: the domain verification poller
     * audits "domain.verified" in the background whenever SES verifies a domain, at any moment.
     */
    public long auditTotal() {
        jakarta.json.JsonObject page = ApiClient.asAdmin().get(path("/audit?limit=200")).expect(200).json();
        long background = page.getJsonArray("items").stream()
                .filter(entry -> "domain.verified".equals(entry.asJsonObject().getString("action", "")))
                .count();
        return page.getJsonNumber("total").longValue() - background;
    }
}
