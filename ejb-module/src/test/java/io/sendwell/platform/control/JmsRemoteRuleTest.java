package io.sendwell.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JmsRemoteRuleTest {

    private static final String KEYSTORE = "keystore-secret-phrase";
    private static final String SERVER = "server-secret-phrase";

    @ParameterizedTest(name = "{0} mode, remote {1}, password \"{2}\", server \"{3}\", keystore \"{4}\": accepted={5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "production | NULL  | NULL                         | NULL                      | NULL     | true",
            "production | false | NULL                         | NULL                      | NULL     | true",
            "production | true  | NULL                         | SERVER                    | KEYSTORE | false",
            "production | true  | ''                           | SERVER                    | KEYSTORE | false",
            "production | true  | sendwell-local-jms           | SERVER                    | KEYSTORE | false",
            "production | true  | ${env.SENDWELL_JMS_PASSWORD} | SERVER                    | KEYSTORE | false",
            "production | true  | elevenchars                  | SERVER                    | KEYSTORE | false",
            "production | true  | twelve-chars                 | NULL                      | KEYSTORE | false",
            "production | true  | twelve-chars                 | sendwell-local-jms-server | KEYSTORE | false",
            "production | true  | twelve-chars                 | twelve-chars              | KEYSTORE | false",
            "production | true  | twelve-chars                 | SERVER                    | NULL     | false",
            "production | true  | twelve-chars                 | SERVER                    | KEYSTORE | true",
            "local      | true  | NULL                         | NULL                      | NULL     | true",
            "production | TRUE  | twelve-chars                 | SERVER                    | KEYSTORE | false",
            "local      | yes   | NULL                         | NULL                      | NULL     | false",
    })
    void remoteJmsNeedsStrongDistinctPasswordsAndAKeystoreOutsideLocalMode(String mode, String remote, String password,
                                                                          String server, String keystore, boolean accepted) {
        assertThat(JmsRemoteRule.problemWith(DeploymentMode.of(mode), remote, password,
                "SERVER".equals(server) ? SERVER : server, "KEYSTORE".equals(keystore) ? KEYSTORE : keystore).isEmpty())
                .isEqualTo(accepted);
    }

    @Test
    void theProblemNamesTheVariablesButNeverThePassword() {
        String problem = JmsRemoteRule.problemWith(DeploymentMode.PRODUCTION, "true", "sendwell-local-jms", SERVER, KEYSTORE)
                .orElseThrow();
        assertThat(problem).contains("SENDWELL_JMS_PASSWORD", "SENDWELL_JMS_REMOTE=false").doesNotContain("sendwell-local-jms");
        assertThat(JmsRemoteRule.problemWith(DeploymentMode.PRODUCTION, "true", "twelve-chars", SERVER, null).orElseThrow())
                .contains("SENDWELL_KEYSTORE_PASSWORD", "TLS");
        assertThat(JmsRemoteRule.problemWith(DeploymentMode.PRODUCTION, "TRUE", null, null, null).orElseThrow())
                .contains("true or false");
    }
}
