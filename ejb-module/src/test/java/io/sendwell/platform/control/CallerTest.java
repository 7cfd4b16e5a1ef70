package io.sendwell.platform.control;

import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CallerTest {

    @Test
    void anApiKeyCallerMayUseOnlyItsScopesAndIsToldWhichOneIsMissing() {
        Caller key = Caller.apiKey("key-1", "tenant-1", EnumSet.of(ApiScope.SEND, ApiScope.READ), "10.0.0.1");

        assertThat(key.isApiKey()).isTrue();
        assertThat(key.actor()).isEqualTo("api-key:key-1");
        assertThatNoException().isThrownBy(() -> key.requireScope(ApiScope.SEND));
        assertThatThrownBy(() -> key.requireScope(ApiScope.MANAGE)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("'manage' scope");
    }

    @Test
    void operatorsAndConsoleUsersAreNotLimitedByScopes() {
        for (Caller caller : new Caller[]{Caller.platformAdmin("admin:admin", null),
                Caller.tenant("console:ann@acme.test", "tenant-1", null), Caller.system("timer")}) {
            assertThat(caller.isApiKey()).as(caller.actor()).isFalse();
            for (ApiScope scope : ApiScope.values()) {
                assertThatNoException().as(caller.actor() + " " + scope).isThrownBy(() -> caller.requireScope(scope));
            }
        }
    }

    @Test
    void theScopesOfAKeyCannotBeChangedThroughTheCaller() {
        Set<ApiScope> scopes = EnumSet.of(ApiScope.READ);
        Caller key = Caller.apiKey("key-1", "tenant-1", scopes, null);
        scopes.add(ApiScope.MANAGE);
        assertThatThrownBy(() -> key.requireScope(ApiScope.MANAGE)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aConsoleSessionStoredBeforeScopesExistedStillHasEveryScope() {
        // Such a session deserialises through the canonical constructor with no scopes at all.
        Caller stored = new Caller("console:ann@acme.test", Caller.Role.TENANT, "tenant-1", null, null, false);
        assertThatNoException().isThrownBy(() -> stored.requireScope(ApiScope.MANAGE));
    }
}
