package io.sendwell.maildomain;

import static io.sendwell.maildomain.DomainsApi.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Onboarding end to end: the real SES client against the simulator, the DNS doctor against a
 * loopback DNS stub that the test publishes records in.
 */
class DomainOnboardingIT {

    private final io.sendwell.maildomain.dns.LoopbackDnsServer dns = LoopbackDns.shared();

    @Test
    void publishedRecordsPassTheDoctorTheDomainVerifiesAndALostRecordBecomesAWarning() throws Exception {
        String tenantId = newTenant();
        String name = unique("flow") + ".example";
        Response created = addDomain(tenantId, Json.createObjectBuilder().add("name", name).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String domainId = created.json().getString("id");
        assertThat(created.json().getString("mailFromDomain")).isEqualTo("mail." + name);
        assertThat(created.json().getString("dkimMode")).isEqualTo("EASY_DKIM");

        JsonObject records = domain(tenantId, domainId, "/dns-records").json();
        List<JsonObject> rows = records.getJsonArray("records").getValuesAs(JsonObject.class);
        assertThat(rows.stream().filter(r -> r.getString("type").equals("CNAME"))).hasSize(3);
        assertThat(rows).anySatisfy(r -> assertThat(r.getString("value")).isEqualTo("10 feedback-smtp.us-east-1.amazonses.com"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.getString("name")).isEqualTo("_dmarc." + name);
            assertThat(r.getString("value")).isEqualTo("v=DMARC1; p=none; rua=mailto:dmarc-reports@" + name);
        });
        assertThat(records.getString("guidance")).contains("p=none");
        assertThat(records.getJsonObject("apexSpf").getString("outcome")).isEqualTo("NEW_RECORD");

        publish(rows);
        dns.addTxt(name, "v=spf1 include:amazonses.com ~all");
        JsonObject report = post(tenantId, domainId, "dns-check", null).json();
        assertThat(report.containsKey("healthy") && report.getBoolean("healthy")).as(report.toString()).isTrue();
        assertThat(report.getJsonArray("checks").getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getString("verdict")).isIn("OK", "WARNING"))
                .filteredOn(c -> c.getString("purpose").equals("DKIM")).hasSize(3)
                .allSatisfy(c -> assertThat(c.getString("verdict")).isEqualTo("OK"));

        JsonObject verified = await("domain verified and re-checked",
                () -> domain(tenantId, domainId, "").json(),
                d -> d.getString("status").equals("VERIFIED") && text(d, "dnsCheckedAt") != null);
        assertThat(verified.getString("sesDkimStatus")).isEqualTo("SUCCESS");

        String lostName = rows.stream().filter(r -> r.getString("type").equals("CNAME")).findFirst().orElseThrow()
                .getString("name");
        dns.remove(lostName);
        JsonObject warned = await("DNS warning", () -> domain(tenantId, domainId, "").json(),
                d -> text(d, "statusDetail") != null && text(d, "statusDetail").startsWith("DNS warning"));
        assertThat(warned.getString("statusDetail")).contains(lostName);
        assertThat(warned.getString("status")).isEqualTo("VERIFIED");
        assertThat(warned.getString("dnsSummary")).contains("MISSING CNAME " + lostName);
        assertThat(auditActions(tenantId)).contains("domain.added", "domain.verified", "domain.dns-warning");
    }

    @Test
    void ownDkimKeyGoesToSesIsNeverReturnedAndIsPublishedAsTxt() throws Exception {
        String tenantId = newTenant();
        String name = unique("byo") + ".example";
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        String privateBase64 = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";

        Response created = addDomain(tenantId, Json.createObjectBuilder().add("name", name)
                .add("mailFromDomain", "bounce." + name)
                .add("byoDkim", Json.createObjectBuilder().add("selector", "s1").add("privateKey", pem)).build());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(privateBase64.substring(40, 100));
        String domainId = created.json().getString("id");
        assertThat(created.json().getString("dkimMode")).isEqualTo("BYODKIM");
        assertThat(sesIdentity(name).getJsonObject("DkimAttributes").getString("SigningAttributesOrigin")).isEqualTo("EXTERNAL");
        Response records = domain(tenantId, domainId, "/dns-records");
        assertThat(records.body()).doesNotContain(privateBase64.substring(40, 100));
        List<JsonObject> rows = records.json().getJsonArray("records").getValuesAs(JsonObject.class);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.getString("type")).isEqualTo("TXT");
            assertThat(r.getString("name")).isEqualTo("s1._domainkey." + name);
            assertThat(r.getString("value")).isEqualTo("v=DKIM1; k=rsa; p="
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.getString("name")).isEqualTo("bounce." + name));
        assertThat(domain(tenantId, domainId, "").body()).doesNotContain(privateBase64.substring(40, 100));

        publish(rows);
        JsonObject report = post(tenantId, domainId, "dns-check", null).json();
        assertThat(report.getJsonArray("checks").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("purpose").equals("DKIM")).singleElement()
                .satisfies(c -> assertThat(c.getString("verdict")).isEqualTo("OK"));
    }

    @Test
    void spfMergeAddsSesToTheTenantsCurrentRecord() {
        String tenantId = newTenant();
        String name = unique("spf") + ".example";
        String domainId = addDomain(tenantId, Json.createObjectBuilder().add("name", name).build()).json().getString("id");

        JsonObject proposal = post(tenantId, domainId, "spf-merge",
                "{\"currentSpf\":\"v=spf1 include:_spf.google.com ~all\"}").json();

        assertThat(proposal.getString("outcome")).isEqualTo("MERGED");
        assertThat(proposal.getString("record")).contains("include:_spf.google.com", "include:amazonses.com");
    }

    private void publish(List<JsonObject> rows) {
        for (JsonObject r : rows) {
            String value = r.getString("value");
            switch (r.getString("type")) {
                case "CNAME" -> dns.addCname(r.getString("name"), value);
                case "MX" -> dns.addMx(r.getString("name"), Integer.parseInt(value.split(" ")[0]), value.split(" ")[1]);
                default -> dns.addTxt(r.getString("name"), chunks(value));
            }
        }
    }

    /** A TXT character-string holds at most 255 bytes; long DKIM keys are split as DNS hosts do. */
    private static String[] chunks(String value) {
        return value.split("(?<=\\G.{255})");
    }
}
