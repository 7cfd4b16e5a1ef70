package io.sendwell.platform;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import io.sendwell.it.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIT {

    private final ApiClient server = ApiClient.anonymous().root();

    @Test
    void readinessIsUpWithDatabaseAndMessagingChecks() {
        JsonObject health = server.get("/health/ready").expect(200).json();

        assertThat(health.getString("status")).isEqualTo("UP");
        var checks = health.getJsonArray("checks");
        assertThat(Json.strings(checks, "name")).contains("database", "messaging");
        checks.stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("database") || c.getString("name").equals("messaging"))
                .forEach(c -> assertThat(c.getString("status")).as("check %s", c).isEqualTo("UP"));
    }

    @Test
    void livenessAndOverallHealthAreUp() {
        assertThat(server.get("/health/live").expect(200).json().getString("status")).isEqualTo("UP");
        assertThat(server.get("/health").expect(200).json().getString("status")).isEqualTo("UP");
    }

    @Test
    void openApiDocumentDescribesTheTenantApi() {
        ApiResponse openapi = server.get("/openapi").expect(200);

        assertThat(openapi.body()).contains("/api/v1/tenants", "/api/v1/tenants/{tenantId}/mailboxes");
    }
}
