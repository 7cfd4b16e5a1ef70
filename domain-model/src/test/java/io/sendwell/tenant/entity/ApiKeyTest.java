package io.sendwell.tenant.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void issuedKeyMatchesOnlyItsOwnPlaintext() {
        ApiKey.Issued issued = ApiKey.issue("tenant-1", "ci", NOW);
        assertThat(issued.key().matches(issued.plaintext(), NOW)).isTrue();
        assertThat(issued.key().matches(issued.plaintext() + "x", NOW)).isFalse();
        assertThat(issued.key().matches(ApiKey.issue("tenant-1", "other", NOW).plaintext(), NOW)).isFalse();
    }

    @Test
    void prefixLocatesTheKeyWithoutRevealingTheSecret() {
        ApiKey.Issued issued = ApiKey.issue("tenant-1", "ci", NOW);
        assertThat(ApiKey.prefixOf(issued.plaintext())).isEqualTo(issued.key().prefix());
        assertThat(issued.plaintext()).doesNotContain(issued.key().id());
        assertThat(ApiKey.prefixOf("Bearer nonsense")).isNull();
        assertThat(ApiKey.prefixOf(null)).isNull();
    }

    @Test
    void revokedKeyNoLongerMatches() {
        ApiKey.Issued issued = ApiKey.issue("tenant-1", "ci", NOW);
        issued.key().revoke(NOW);
        assertThat(issued.key().matches(issued.plaintext(), NOW)).isFalse();
    }
}
