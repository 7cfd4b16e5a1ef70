package io.sendwell.tenant.entity;

import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleUserTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final EmailAddress ANNA = EmailAddress.of("Anna@Acme.test");

    @Test
    void tenantAdminBelongsToItsTenantOnly() {
        ConsoleUser user = ConsoleUser.tenantAdmin("tenant-1", ANNA, "hash", NOW);
        assertThat(user.role()).isEqualTo(ConsoleRole.TENANT_ADMIN);
        assertThat(user.belongsTo("tenant-1")).isTrue();
        assertThat(user.belongsTo("tenant-2")).isFalse();
    }

    @Test
    void usernameIsTheNormalisedEmailAddress() {
        assertThat(ConsoleUser.tenantAdmin("tenant-1", ANNA, "hash", NOW).username()).isEqualTo("anna@acme.test");
    }

    @Test
    void platformAdminBelongsToNoTenant() {
        ConsoleUser user = ConsoleUser.platformAdmin(ANNA, "hash", NOW);
        assertThat(user.tenantId()).isNull();
        assertThat(user.belongsTo(null)).isFalse();
    }

    @Test
    void tenantAdminWithoutTenantIsRefused() {
        assertThatThrownBy(() -> ConsoleUser.tenantAdmin(null, ANNA, "hash", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserWithoutPasswordHashIsRefused() {
        assertThatThrownBy(() -> ConsoleUser.tenantAdmin("tenant-1", ANNA, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars", "            "})
    void passwordsShorterThanTwelveCharactersOrBlankAreRefused(String password) {
        assertThatThrownBy(() -> ConsoleUser.requireAcceptablePassword(password)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void overlongPasswordsAreRefusedSoHashingStaysCheap() {
        assertThatThrownBy(() -> ConsoleUser.requireAcceptablePassword("x".repeat(201))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(ConsoleUser.requireAcceptablePassword("correct horse battery")).isEqualTo("correct horse battery");
    }

    @Test
    void aSessionIsAcceptedOnlyWithTheEpochItSignedInWith() {
        ConsoleUser user = ConsoleUser.tenantAdmin("tenant-1", ANNA, "hash", NOW);
        int signedInWith = user.sessionEpoch();
        assertThat(user.acceptsSessionFrom(signedInWith)).isTrue();
        user.requirePasswordChange();
        assertThat(user.acceptsSessionFrom(signedInWith)).isFalse();
        assertThat(user.acceptsSessionFrom(user.sessionEpoch())).isTrue();
    }

    @Test
    void aForcedResetIsDoneWhenTheUserChoosesANewPasswordAndOtherSessionsEnd() {
        ConsoleUser user = ConsoleUser.tenantAdmin("tenant-1", ANNA, "hash", NOW);
        user.requirePasswordChange();
        int afterReset = user.sessionEpoch();
        assertThat(user.passwordChangeRequired()).isTrue();
        user.changePasswordHash("new hash");
        assertThat(user.passwordChangeRequired()).isFalse();
        assertThat(user.acceptsSessionFrom(afterReset)).isFalse();
    }

    @Test
    void aDisabledUserHasNoValidSessionUntilEnabledAndSignedInAgain() {
        ConsoleUser user = ConsoleUser.tenantAdmin("tenant-1", ANNA, "hash", NOW);
        int before = user.sessionEpoch();
        user.disable();
        assertThat(user.acceptsSessionFrom(user.sessionEpoch())).isFalse();
        user.enable();
        assertThat(user.acceptsSessionFrom(before)).isFalse();
        assertThat(user.acceptsSessionFrom(user.sessionEpoch())).isTrue();
    }
}
