package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static Tenant acme() {
        return new Tenant(Slug.of("acme"), "Acme Agency", SesRegion.of("eu-west-1"), 1000, null, NOW);
    }

    @Test
    void newTenantIsActiveWithItsSettings() {
        Tenant tenant = acme();
        assertThat(tenant.isActive()).isTrue();
        assertThat(tenant.dailyLimit()).isEqualTo(1000);
        assertThat(tenant.sesRegion().asString()).isEqualTo("eu-west-1");
        assertThat(tenant.id()).hasSize(36);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -1000})
    void dailyLimitMustBePositive(int limit) {
        assertThatThrownBy(() -> new Tenant(Slug.of("acme"), "Acme", SesRegion.of("us-east-1"), limit, null, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dailyLimit");
        assertThatThrownBy(() -> acme().changeDailyLimit(limit)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme", "ACME", "-acme", "acme-", "ac me", "a_b", ""})
    void slugIsLowerCaseLettersDigitsAndInnerHyphens(String slug) {
        assertThatThrownBy(() -> Slug.of(slug)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-west", "EU-WEST-1", "westeurope", "us-east-1a"})
    void regionMustBeAnAwsRegionName(String region) {
        assertThatThrownBy(() -> SesRegion.of(region)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pauseAndReinstate() {
        Tenant tenant = acme();
        tenant.pause("complaints");
        assertThat(tenant.isActive()).isFalse();
        assertThat(tenant.statusReason()).isEqualTo("complaints");
        tenant.reinstate();
        assertThat(tenant.isActive()).isTrue();
        assertThatThrownBy(tenant::reinstate).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void brandingValidatesColourAndLogo() {
        assertThatThrownBy(() -> Branding.of("Acme Mail", "http://insecure.example/logo.png", null))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> Branding.of("Acme Mail", null, "red")).hasMessageContaining("#");
        assertThat(Branding.of("Acme Mail", "https://cdn.example/logo.png", "#AABBCC").primaryColor()).isEqualTo("#aabbcc");
    }
}
