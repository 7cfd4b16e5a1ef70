package io.sendwell.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code .ci/check-server-config} (issue 11, findings 14 and 15). Bound to the ear's package
 * phase, after the server-config execution created the server the way ./run.sh and production get it:
 * that server must pass the check for the build's ses.mode. The other tests prove the check itself
 * catches each problem, on copies of the Liberty configuration in src/main/liberty/config.
 */
class ServerConfigCheckTest {

    private static final Path SCRIPT = Path.of(System.getProperty("check.script", "../.ci/check-server-config"));
    private static final Path CONFIG = Path.of(System.getProperty("config.dir", "src/main/liberty/config"));

    @TempDir
    Path temp;

    record Result(int exit, String output) {
    }

    @Test
    void theServerThisBuildCreatedPassesTheCheckForItsMode() throws Exception {
        String dir = System.getProperty("server.dir");
        assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "server.xml")), "no server created by this build");
        String mode = System.getProperty("ses.mode", "simulator");

        Result result = check(Path.of(dir), mode);

        System.out.println(result.output());
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK: ", "(mode " + mode);
    }

    @Test
    void productionConfigurationPassesWithHttpsOnlyAndBehindATlsProxy() throws Exception {
        assertThat(check(production("https"), "aws").exit()).isZero();
        Result proxy = check(production("proxy"), "aws");
        assertThat(proxy.exit()).as(proxy.output()).isZero();
        assertThat(proxy.output()).contains("tls.mode proxy");
    }

    @Test
    void localServerWithTheSimulatorPassesButNotWithTestOnlyTrust() throws Exception {
        Path server = local();
        assertThat(check(server, "simulator").exit()).isZero();

        // what the ear pom's simulator-trust profile used to write for every non-AWS server, ./run.sh included
        write(server.resolve("configDropins/overrides/liberty-plugin-variable-config.xml"), """
                <server><variable name="sendwell.sns.trusted-local-cert-url-prefix"
                  value="http://localhost:9080/ses-simulator/,http://127.0.0.1:9479/sns-it-certs/"/></server>""");
        Result result = check(server, "simulator");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("sns-it-certs", "test-only trust");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // finding 15: the simulator in an AWS build
            "simulator WAR copied            | apps/ses-simulator.war              | ''                                     | ''                                  | the SES simulator is in a production server",
            "simulator config copied         | ses/simulator.xml                   | ''                                     | ''                                  | ses/simulator.xml is in a production server",
            "test certificate server trusted | jvm.options                         | ''                                     | -Dsendwell.sns.trusted-local-cert-url-prefix=http://127.0.0.1:9479/sns-it-certs/ | test-only trust",
            // finding 14: cookies, transport, default secrets
            "session cookie not Secure       | ses/aws.xml                         | cookieSecure=\"true\"                    | cookieSecure=\"false\"                | cookieSecure is not true",
            "no SameSite on the session      | ses/aws.xml                         | cookieSameSite=\"Lax\"                   | ''                                  | cookieSameSite is not Lax or Strict",
            "plain HTTP on all interfaces    | tls/https.xml                       | httpPort=\"-1\"                          | httpPort=\"${http.port}\"             | plain HTTP is open",
            "default keystore password       | tls/https.xml                       | defaultValue=\"\"                        | defaultValue=\"sendwell-local-keystore\" | must come from the environment only",
            "keystore password in the file   | tls/https.xml                       | password=\"${env.SENDWELL_KEYSTORE_PASSWORD}\" | password=\"secret123456\"    | is written into the configuration",
            "private headers from anyone     | ses/aws.xml                         | trustedHeaderOrigin=\"none\"             | trustedHeaderOrigin=\"*\"             | trustedHeaderOrigin is *",
            "proxy mode on all interfaces    | tls/proxy.xml                       | defaultValue=\"127.0.0.1\"               | defaultValue=\"*\"                    | listens on all interfaces",
            // finding 1: remote JMS
            "JMS port open by default        | server.xml                          | id=\"InboundJmsCommsEndpoint\" enabled=\"false\" | id=\"InboundJmsCommsEndpoint\" enabled=\"true\" | wasJmsEndpoint is enabled by default",
            "plain remote JMS port           | jms/remote-true.xml                 | wasJmsPort=\"-1\"                      | wasJmsPort=\"7276\"                 | remote JMS must be TLS only",
            "remote JMS without security     | jms/remote-true.xml                 | <feature>messagingSecurity-3.0</feature> | ''                              | without authentication",
            "legacy client reads requests    | jms/remote-true.xml                 | <action>SEND</action>                  | <action>ALL</action>                | grants the legacy role",
            "JMS password in the file        | jms/remote-true.xml                 | password=\"${env.SENDWELL_JMS_PASSWORD}\" | password=\"legacy-secret-1\"   | is written into the configuration",
            "default JMS server password     | server.xml                          | <variable name=\"env.SENDWELL_JMS_REMOTE\" defaultValue=\"false\"/> | <variable name=\"env.SENDWELL_JMS_SERVER_PASSWORD\" defaultValue=\"sendwell-local-jms-server\"/> | must come from the environment only",
    })
    void productionCheckCatches(String what, String file, String find, String replacement, String expected) throws Exception {
        Path server = production(file.contains("proxy") ? "proxy" : "https");
        Path target = server.resolve(file);
        if (file.startsWith("apps/")) {
            write(target, "not really a war");
        } else if (file.equals("ses/simulator.xml")) {
            Files.copy(CONFIG.resolve("ses/simulator.xml"), target);
        } else if (find.isEmpty()) {
            write(target, replacement + "\n");
        } else {
            String content = Files.readString(target);
            assertThat(content).as("%s in %s", find, file).contains(find);
            write(target, content.replace(find, replacement));
        }

        Result result = check(server, "aws");

        assertThat(result.exit()).as(what + ": " + result.output()).isEqualTo(1);
        assertThat(result.output()).as(what).contains(expected);
    }

    /** src/main/liberty/config as liberty:create copies it, for -Dses.mode=aws (no simulator files). */
    private Path production(String tlsMode) throws IOException {
        Path server = copyOfConfig();
        Files.delete(server.resolve("ses/simulator.xml"));
        write(server.resolve("bootstrap.properties"), "db.type=derby\nses.mode=aws\ntls.mode=" + tlsMode
                + "\nhttp.port=9080\nhttps.port=9443\n");
        return server;
    }

    private Path local() throws IOException {
        Path server = copyOfConfig();
        write(server.resolve("bootstrap.properties"), "db.type=derby\nses.mode=simulator\ntls.mode=https\n"
                + "ses.simulator.url=http://localhost:9080/ses-simulator\nhttp.port=9080\nhttps.port=9443\n");
        write(server.resolve("apps/ses-simulator.war"), "not really a war");
        return server;
    }

    private Path copyOfConfig() throws IOException {
        Path server = Files.createTempDirectory(temp, "sendwell");
        Files.delete(server);
        try (Stream<Path> files = Files.walk(CONFIG)) {
            for (Path source : files.toList()) {
                Path target = server.resolve(CONFIG.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return server;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Result check(Path server, String mode) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("python3", SCRIPT.toString(), server.toString(), "--mode", mode))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
