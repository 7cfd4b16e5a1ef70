package io.sendwell.maildomain;

import static io.sendwell.maildomain.DomainsApi.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Every refused domain leaves nothing behind: no SES identity, no row. */
class DomainBadInputIT {

    private final String tenantId = newTenant();

    @Test
    void reservedAndInvalidNamesAreRefused() {
        for (String name : new String[]{"example.com", "mail.example.org", "shop.localhost", "amazonses.com",
                "not a domain", "nodot", "-bad-.example"}) {
            assertRefused(Json.createObjectBuilder().add("name", name), name, 400);
        }
    }

    @Test
    void mailFromMustBeASubdomainUsedForNothingElse() {
        String name = unique("mf") + ".example";
        assertRefused(body(name).add("mailFromDomain", name), name, 400);
        assertRefused(body(name).add("mailFromDomain", "mail.other.example"), name, 400);
        LoopbackDns.shared().addMx("inbox." + name, 10, "mx.mailhost.example");
        assertRefused(body(name).add("mailFromDomain", "inbox." + name), name, 400);
    }

    @Test
    void malformedOrWeakOwnDkimKeysAreRefused() throws Exception {
        String name = unique("key") + ".example";
        assertRefused(body(name).add("byoDkim", key("s1", "not a key")), name, 400);
        assertRefused(body(name).add("byoDkim", key("s1",
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")), name, 400);
        assertRefused(body(name).add("byoDkim", key("s1", pem(512))), name, 400);
        assertRefused(body(name).add("byoDkim", key("s1", pem(3072))), name, 400);
        assertRefused(body(name).add("byoDkim", key("bad selector", pem(1024))), name, 400);
    }

    @Test
    void aDomainOfAnotherTenantIsAConflict() {
        String name = unique("owned") + ".example";
        assertThat(addDomain(newTenant(), body(name).build()).status()).isEqualTo(201);
        Response refused = addDomain(tenantId, body(name).build());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).doesNotContain("stack").contains("already registered");
        assertThat(domainNames(tenantId)).doesNotContain(name);
    }

    private void assertRefused(JsonObjectBuilder body, String name, int status) {
        JsonObject json = body.build();
        Response response = addDomain(tenantId, json);
        assertThat(response.status()).as(json + " -> " + response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"status\":" + status);
        assertThat(sesIdentities()).doesNotContain(name.strip().toLowerCase());
        assertThat(domainNames(tenantId)).doesNotContain(name.strip().toLowerCase());
    }

    private static JsonObjectBuilder body(String name) {
        return Json.createObjectBuilder().add("name", name);
    }

    private static JsonObjectBuilder key(String selector, String pem) {
        return Json.createObjectBuilder().add("selector", selector).add("privateKey", pem);
    }

    private static String pem(int bits) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----";
    }
}
