package io.sendwell.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 11, finding 8: per-tenant quotas on domains, mailboxes and API keys, set by the operator. */
class TenantQuotaIT {

    private final ApiClient admin = ApiClient.asAdmin();

    @Test
    void aNewTenantHasTheDefaultQuotas() {
        JsonObject tenant = TestTenant.create().json();
        assertThat(tenant.getInt("maxDomains")).isEqualTo(50);
        assertThat(tenant.getInt("maxMailboxes")).isEqualTo(500);
        assertThat(tenant.getInt("maxApiKeys")).isEqualTo(50);
    }

    @Test
    void creationsBeyondTheQuotasTheOperatorSetAreRefusedWithAClearProblem() {
        TestTenant tenant = TestTenant.create();
        JsonObject changed = admin.patch(tenant.path(), Json.object("maxDomains", 1, "maxMailboxes", 1, "maxApiKeys", 2))
                .expect(200).json();
        assertThat(changed.getInt("maxDomains")).isEqualTo(1);

        String domain = tenant.addDomain().getString("name");
        JsonObject domains = tenant.api().post(tenant.path("/domains"), Json.object("name", TestTenant.uniqueDomain()))
                .expectProblem(409);
        assertThat(domains.getString("title")).isEqualTo("Quota exceeded");
        assertThat(domains.getString("detail")).isEqualTo("tenant '" + tenant.slug() + "' already has 1 domains and its "
                + "quota is 1; delete one or ask the platform operator to raise maxDomains");

        tenant.addMailbox("one@" + domain);
        assertThat(tenant.api().post(tenant.path("/mailboxes"), Json.object("address", "two@" + domain,
                "displayName", "Two")).expectProblem(409).getString("detail")).contains("maxMailboxes");

        // The tenant's own key counts: one more fits, the next does not, and a revoked key frees its place.
        String second = tenant.api().post(tenant.path("/api-keys"), Json.object("name", "second")).expect(201).json().getString("id");
        assertThat(tenant.api().post(tenant.path("/api-keys"), Json.object("name", "third")).expectProblem(409)
                .getString("detail")).contains("2 active API keys").contains("maxApiKeys");
        tenant.api().delete(tenant.path("/api-keys/" + second)).expect(204);
        tenant.api().post(tenant.path("/api-keys"), Json.object("name", "third")).expect(201);

        assertThat(tenant.auditActions()).contains("tenant.quotas-changed");
    }

    @Test
    void onlyTheOperatorChangesQuotasAndOnlyToSensibleValues() {
        TestTenant tenant = TestTenant.create();
        tenant.api().patch(tenant.path(), Json.object("maxDomains", 1000)).expectProblem(403);
        admin.patch(tenant.path(), Json.object("maxMailboxes", -1)).expectProblem(400);
        assertThat(admin.get(tenant.path()).expect(200).json().getInt("maxDomains")).isEqualTo(50);
    }

    @Test
    void concurrentCreationsCannotTogetherPassTheQuota() throws Exception {
        TestTenant tenant = TestTenant.create();
        admin.patch(tenant.path(), Json.object("maxApiKeys", 3)).expect(200);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> creations = IntStream.range(0, 6).<Callable<Integer>>mapToObj(i -> () ->
                    tenant.api().post(tenant.path("/api-keys"), Json.object("name", "race " + i)).status()).toList();
            List<Integer> statuses = pool.invokeAll(creations).stream().map(TenantQuotaIT::get).toList();
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
        ApiResponse keys = tenant.api().get(tenant.path("/api-keys")).expect(200);
        assertThat(keys.jsonArray()).hasSize(3);
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
