package io.sendwell.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeystorePasswordRuleTest {

    @ParameterizedTest(name = "{0} mode, tls {1}, password \"{2}\": accepted={3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "production | https | NULL                                  | false",
            "production | NULL  | NULL                                  | false",
            "production | https | ''                                    | false",
            "production | https | sendwell-local-keystore               | false",
            "production | https | ${env.SENDWELL_KEYSTORE_PASSWORD}     | false",
            "production | https | elevenchars                           | false",
            "production | https | twelve-chars                          | true",
            "production | NULL  | a long and unguessable phrase         | true",
            "production | proxy | NULL                                  | true",
            "local      | https | NULL                                  | true",
            "local      | NULL  | sendwell-local-keystore               | true",
    })
    void keystorePasswordMustComeFromTheEnvironmentWhenThisServerTerminatesTls(String mode, String tls, String password,
                                                                               boolean accepted) {
        assertThat(KeystorePasswordRule.problemWith(DeploymentMode.of(mode), tls, password).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void theProblemNamesTheVariableAndTheProxyAlternative() {
        assertThat(KeystorePasswordRule.problemWith(DeploymentMode.PRODUCTION, "https", null).orElseThrow())
                .contains("SENDWELL_KEYSTORE_PASSWORD").contains("is not set").contains("tls.mode=proxy");
        assertThat(KeystorePasswordRule.problemWith(DeploymentMode.PRODUCTION, "https", "sendwell-local-keystore").orElseThrow())
                .doesNotContain("sendwell-local-keystore");
    }
}
