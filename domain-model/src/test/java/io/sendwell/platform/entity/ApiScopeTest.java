package io.sendwell.platform.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiScopeTest {

    @ParameterizedTest
    @CsvSource({"send, SEND", "read, READ", "manage, MANAGE", "' Manage ', MANAGE"})
    void scopesAreNamedInLowerCase(String name, ApiScope scope) {
        assertThat(ApiScope.of(name)).isEqualTo(scope);
        assertThat(scope.asString()).isEqualTo(name.strip().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "write", "", "send,read"})
    void unknownScopesAreInvalidInputNamingTheValidOnes(String name) {
        assertThatThrownBy(() -> ApiScope.of(name)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("send, read, manage");
    }

    @Test
    void aKeyThatAsksForNothingMaySendAndReadButNotManage() {
        assertThat(ApiScope.requested(null)).containsExactly(ApiScope.SEND, ApiScope.READ);
    }

    @Test
    void manageIsGrantedOnlyWhenAskedFor() {
        assertThat(ApiScope.requested(List.of("read", "manage"))).containsExactly(ApiScope.READ, ApiScope.MANAGE);
        assertThat(ApiScope.requested(List.of("send", "send"))).containsExactly(ApiScope.SEND);
    }

    @Test
    void anEmptyListOfScopesIsAMistakeNotAKeyThatCanDoNothing() {
        assertThatThrownBy(() -> ApiScope.requested(List.of())).isInstanceOf(InvalidInputException.class);
    }
}
