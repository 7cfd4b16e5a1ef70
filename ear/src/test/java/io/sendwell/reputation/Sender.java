package io.sendwell.reputation;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A tenant that can really send: a domain SES has verified (through the simulator) and one
 * mailbox. For end-to-end tests of sending and feedback.
 */
final class Sender {

    final TestTenant tenant;
    final String address;

    private Sender(TestTenant tenant, String address) {
        this.tenant = tenant;
        this.address = address;
    }

    static Sender create(int dailyLimit) {
        TestTenant tenant = TestTenant.create(Json.object("slug", TestTenant.unique("rep"), "displayName", "Reputation IT",
                "dailyLimit", dailyLimit));
        String domain = TestTenant.uniqueDomain();
        String domainId = tenant.addDomain(domain).getString("id");
        ApiClient.anonymous().root().post("/ses-simulator/sim/identities/" + domain + "/verify", "{}");
        await(Duration.ofSeconds(30), () -> "VERIFIED".equals(
                tenant.api().get(tenant.path("/domains/" + domainId)).expect(200).json().getString("status")));
        String address = "news@" + domain;
        tenant.api().post(tenant.path("/mailboxes"), Json.object("address", address, "dailyLimit", dailyLimit)).expect(201);
        return new Sender(tenant, address);
    }

    ApiResponse send(List<String> recipients) {
        JsonArrayBuilder to = jakarta.json.Json.createArrayBuilder();
        recipients.forEach(to::add);
        return tenant.api().post("/messages", jakarta.json.Json.createObjectBuilder()
                .add("from", address).add("to", to).add("subject", "Monthly news").add("text", "Hello"));
    }

    JsonObject message(String id) {
        return tenant.api().get("/messages/" + id).expect(200).json();
    }

    /** How many of this tenant's messages have this status. */
    long withStatus(String status) {
        return tenant.api().get("/messages?status=" + status + "&limit=1").expect(200).json().getJsonNumber("total").longValue();
    }

    JsonObject tenantReputation() {
        return tenant.api().get("/reputation").expect(200).json().getJsonObject("tenant");
    }

    static void await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
