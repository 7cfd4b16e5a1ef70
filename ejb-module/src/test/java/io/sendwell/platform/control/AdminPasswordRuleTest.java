package io.sendwell.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminPasswordRuleTest {

    @ParameterizedTest(name = "{0} mode, password \"{1}\": accepted={2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "production | change-me-now                | false",
            "production | short-pw1                    | false",
            "production | elevenchars                  | false",
            "production | ''                           | false",
            "production | NULL                         | false",
            "production | twelve-chars                 | true",
            "production | a long and unguessable phrase | true",
            "local      | change-me-now                | true",
            "local      | short                        | true",
    })
    void adminPasswordIsCheckedOutsideTheLocalSimulator(String mode, String password, boolean accepted) {
        assertThat(AdminPasswordRule.problemWith(DeploymentMode.of(mode), password).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void theProblemNamesTheSettingToChange() {
        assertThat(AdminPasswordRule.problemWith(DeploymentMode.PRODUCTION, "change-me-now").orElseThrow())
                .contains("sendwell.admin.password").contains("SENDWELL_ADMIN_PASSWORD").doesNotContain("change-me-now");
    }

    @Test
    void aForgottenModeIsProductionAndATypoIsNoMode() {
        assertThat(DeploymentMode.of(null)).isEqualTo(DeploymentMode.PRODUCTION);
        assertThat(DeploymentMode.of(" ")).isEqualTo(DeploymentMode.PRODUCTION);
        assertThat(DeploymentMode.of("LOCAL")).isEqualTo(DeploymentMode.LOCAL);
        assertThatThrownBy(() -> DeploymentMode.of("locale")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sendwell.mode");
    }
}
