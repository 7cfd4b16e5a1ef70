package io.sendwell.maildomain;

import static io.sendwell.maildomain.DomainsApi.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, findings 3 and 8: a domain name is only taken from SES or from another tenant with a
 * DNS proof (the tenant's {@code _sendwell-challenge} TXT record in the loopback DNS stub), an
 * unverified claim lapses after {@code sendwell.domains.unverified-claim-seconds} (15 s on the IT
 * server), and Sendwell deletes only SES identities it created for the tenant. "Someone else's"
 * identity is created straight through the simulator's SES API, as another user of the account would.
 */
class DomainOwnershipIT {

    private final io.sendwell.maildomain.dns.LoopbackDnsServer dns = LoopbackDns.shared();

    @Test
    void anSesIdentitySendwellDidNotCreateIsRefusedWithAChallengeAndLeftAsItWas() {
        String tenantId = newTenant();
        String name = unique("foreign") + ".example";
        createForeignIdentity(name, "bounce." + name);

        Response refused = addDomain(tenantId, body(name));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        JsonObject problem = refused.json();
        assertThat(problem.getString("title")).isEqualTo("Domain ownership not proven");
        assertThat(problem.getString("detail")).contains("was not created by Sendwell for this tenant")
                .contains("_sendwell-challenge." + name);
        JsonObject challenge = problem.getJsonObject("challenge");
        assertThat(challenge.getString("type")).isEqualTo("TXT");
        assertThat(challenge.getString("name")).isEqualTo("_sendwell-challenge." + name);
        assertThat(challenge.getString("value")).matches("sendwell-challenge=[a-z2-7]{32}");
        // Nothing of the foreign identity changed, and the tenant has no domain (so nothing VERIFIED).
        assertThat(sesIdentity(name).getJsonObject("MailFromAttributes").getString("MailFromDomain")).isEqualTo("bounce." + name);
        assertThat(domainNames(tenantId)).doesNotContain(name);
        // The same claim gets the same token again, and the tenant can list it.
        assertThat(addDomain(tenantId, body(name)).json().getJsonObject("challenge")).isEqualTo(challenge);
        List<JsonObject> open = call("GET", "/api/v1/tenants/" + tenantId + "/domain-challenges", null).array()
                .getValuesAs(JsonObject.class);
        assertThat(open).anySatisfy(c -> assertThat(c.getString("value")).isEqualTo(challenge.getString("value")));
        assertThat(auditActions(tenantId)).doesNotContain("domain.added");
    }

    @Test
    void aDnsProvenOwnerAdoptsTheExistingIdentityAndRemovingTheDomainNeverDeletesIt() {
        String tenantId = newTenant();
        String name = unique("adopt") + ".example";
        createForeignIdentity(name, null);
        JsonObject challenge = addDomain(tenantId, body(name)).json().getJsonObject("challenge");

        dns.addTxt(challenge.getString("name"), challenge.getString("value"));
        Response adopted = addDomain(tenantId, body(name));

        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        assertThat(adopted.json().getBoolean("sesIdentityCreated")).isFalse();
        assertThat(sesIdentity(name).getJsonObject("MailFromAttributes").getString("MailFromDomain")).isEqualTo("mail." + name);
        assertThat(call("GET", "/api/v1/tenants/" + tenantId + "/domain-challenges", null).body()).doesNotContain(name);

        Response removed = call("DELETE", "/api/v1/tenants/" + tenantId + "/domains/" + adopted.json().getString("id"), null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(sesIdentities()).contains(name);
        assertThat(auditActions(tenantId)).contains("domain.added", "domain.removed");
    }

    @Test
    void anIdentitySendwellCreatedIsTaggedForTheTenantAndDeletedWithTheDomain() {
        String tenantId = newTenant();
        String name = unique("own") + ".example";
        Response created = addDomain(tenantId, body(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getBoolean("sesIdentityCreated")).isTrue();
        assertThat(sesIdentity(name).getJsonArray("Tags").getValuesAs(JsonObject.class)).anySatisfy(tag -> {
            assertThat(tag.getString("Key")).isEqualTo("sendwell:tenant");
            assertThat(tag.getString("Value")).isEqualTo(tenantId);
        });

        assertThat(call("DELETE", "/api/v1/tenants/" + tenantId + "/domains/" + created.json().getString("id"), null)
                .status()).isEqualTo(204);
        assertThat(sesIdentities()).doesNotContain(name);
    }

    @Test
    void aSubdomainOfAnotherTenantsVerifiedDomainNeedsTheDnsProof() throws Exception {
        String owner = newTenant();
        String parent = unique("parent") + ".example";
        String parentId = addDomain(owner, body(parent)).json().getString("id");
        simulator("verify", parent);
        await("parent verified", () -> domain(owner, parentId, "").json(), d -> d.getString("status").equals("VERIFIED"));
        String other = newTenant();
        String sub = "shop." + parent;

        Response refused = addDomain(other, body(sub));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("subdomain of a domain another tenant has verified");
        assertThat(sesIdentities()).doesNotContain(sub);
        JsonObject challenge = refused.json().getJsonObject("challenge");
        dns.addTxt(challenge.getString("name"), challenge.getString("value"));
        Response proven = addDomain(other, body(sub));
        assertThat(proven.status()).as(proven.body()).isEqualTo(201);
        assertThat(proven.json().getBoolean("sesIdentityCreated")).isTrue();
    }

    @Test
    void anotherTenantsUnverifiedClaimYieldsToTheTenantThatProvesDnsControl() {
        String name = unique("squat") + ".example";
        simulator("hold", name);
        String squatter = newTenant();
        String squatted = addDomain(squatter, body(name)).json().getString("id");
        Response mailbox = call("POST", "/api/v1/tenants/" + squatter + "/mailboxes",
                "{\"address\":\"info@" + name + "\",\"displayName\":\"Squatter\"}");
        assertThat(mailbox.status()).as(mailbox.body()).isEqualTo(201);
        String owner = newTenant();

        Response refused = addDomain(owner, body(name));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("already registered on this platform but not verified");
        JsonObject challenge = refused.json().getJsonObject("challenge");
        dns.addTxt(challenge.getString("name"), challenge.getString("value"));
        Response taken = addDomain(owner, body(name));

        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(domainNames(squatter)).doesNotContain(name);
        assertThat(domain(squatter, squatted, "").status()).isEqualTo(404);
        assertThat(auditActions(squatter)).contains("domain.claim-taken-over", "mailbox.deleted");
        assertThat(sesIdentity(name).getJsonArray("Tags").getValuesAs(JsonObject.class))
                .anySatisfy(tag -> assertThat(tag.getString("Value")).isEqualTo(owner));
    }

    @Test
    void anUnverifiedClaimLapsesAfterTheConfiguredTimeAndNoLongerBlocksTheName() throws Exception {
        String name = unique("lapse") + ".example";
        simulator("hold", name);
        String squatter = newTenant();
        assertThat(addDomain(squatter, body(name)).status()).isEqualTo(201);
        String owner = newTenant();
        assertThat(addDomain(owner, body(name)).status()).isEqualTo(409);

        Response claimed = await("the claim to lapse", () -> addDomain(owner, body(name)), r -> r.status() != 409);

        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(domainNames(squatter)).doesNotContain(name);
        assertThat(auditActions(squatter)).contains("domain.claim-expired");
        assertThat(auditActions(owner)).contains("domain.added");
    }

    private static JsonObject body(String name) {
        return Json.createObjectBuilder().add("name", name).build();
    }

    /** CreateEmailIdentity without Sendwell's tag, as another user of the SES account would call it. */
    private static void createForeignIdentity(String name, String mailFrom) {
        Response created = call("POST", "/ses-simulator/v2/email/identities", "{\"EmailIdentity\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        if (mailFrom != null) {
            Response put = call("PUT", "/ses-simulator/v2/email/identities/" + name + "/mail-from",
                    "{\"MailFromDomain\":\"" + mailFrom + "\"}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
        }
    }

    private static void simulator(String action, String identity) {
        Response response = call("POST", "/ses-simulator/sim/identities/"
                + URLEncoder.encode(identity, StandardCharsets.UTF_8) + "/" + action, "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
