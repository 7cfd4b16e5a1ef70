package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static ApiKey.Issued issue(String name) {
        return ApiKey.issue("tenant-1", name, ApiScope.requested(null), NOW);
    }

    @Test
    void issuedKeyMatchesOnlyItsOwnPlaintext() {
        ApiKey.Issued issued = issue("ci");
        assertThat(issued.key().matches(issued.plaintext(), NOW)).isTrue();
        assertThat(issued.key().matches(issued.plaintext() + "x", NOW)).isFalse();
        assertThat(issued.key().matches(issue("other").plaintext(), NOW)).isFalse();
    }

    @Test
    void prefixLocatesTheKeyWithoutRevealingTheSecret() {
        ApiKey.Issued issued = issue("ci");
        assertThat(ApiKey.prefixOf(issued.plaintext())).isEqualTo(issued.key().prefix());
        assertThat(issued.plaintext()).doesNotContain(issued.key().id());
        assertThat(ApiKey.prefixOf("Bearer nonsense")).isNull();
        assertThat(ApiKey.prefixOf(null)).isNull();
    }

    @Test
    void revokedKeyNoLongerMatches() {
        ApiKey.Issued issued = issue("ci");
        issued.key().revoke(NOW);
        assertThat(issued.key().matches(issued.plaintext(), NOW)).isFalse();
    }

    @Test
    void aKeyAllowsExactlyTheScopesItWasIssuedWith() {
        ApiKey key = ApiKey.issue("tenant-1", "ci", EnumSet.of(ApiScope.SEND, ApiScope.READ), NOW).key();
        assertThat(key.scopes()).containsExactly(ApiScope.SEND, ApiScope.READ);
        assertThat(key.allows(ApiScope.SEND)).isTrue();
        assertThat(key.allows(ApiScope.MANAGE)).isFalse();

        ApiKey manager = ApiKey.issue("tenant-1", "ops", Set.of(ApiScope.MANAGE), NOW).key();
        assertThat(manager.scopes()).containsExactly(ApiScope.MANAGE);
        assertThat(manager.allows(ApiScope.SEND)).isFalse();
    }

    @Test
    void aKeyWithoutScopesIsRefused() {
        assertThatThrownBy(() -> ApiKey.issue("tenant-1", "nothing", Set.of(), NOW)).isInstanceOf(InvalidInputException.class);
    }
}
