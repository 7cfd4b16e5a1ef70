package io.sendwell.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 11, finding 14, at run time: starts the production server an {@code -Dses.mode=aws} build
 * created (the aws profile runs only this IT and starts no test server) and checks that it refuses
 * to start without SENDWELL_KEYSTORE_PASSWORD, that plain HTTP is closed, and that the console's
 * session cookie is Secure, HttpOnly and SameSite over HTTPS. Skipped in simulator builds.
 */
class ProductionServerIT {

    private static final String ADMIN_PASSWORD = "production-it-admin-password";
    private static Path serverDir;
    private static Path wlp;
    private static int httpPort;
    private static int httpsPort;

    @BeforeAll
    static void productionBuildOnly() throws IOException {
        assumeTrue("aws".equals(System.getProperty("ses.mode")), "only in -Dses.mode=aws builds");
        serverDir = Path.of(System.getProperty("server.dir"));
        wlp = serverDir.getParent().getParent().getParent();
        Properties bootstrap = new Properties();
        try (var in = Files.newInputStream(serverDir.resolve("bootstrap.properties"))) {
            bootstrap.load(in);
        }
        httpPort = Integer.parseInt(bootstrap.getProperty("http.port"));
        httpsPort = Integer.parseInt(bootstrap.getProperty("https.port"));
    }

    @AfterEach
    void stopServer() throws Exception {
        server(Map.of(), "stop");
    }

    /** Leaves no keystore behind that a later simulator build in this target directory could not open. */
    @AfterAll
    static void removeTheTestKeystoreAndData() throws IOException {
        if (serverDir != null) {
            delete(List.of("resources/security", "data", "messaging", "tranlog"));
        }
    }

    @Test
    void withoutAKeystorePasswordFromTheEnvironmentSendwellRefusesToStartAndSaysWhy() throws Exception {
        fresh();
        server(Map.of("SENDWELL_ADMIN_PASSWORD", ADMIN_PASSWORD), "start");

        String log = awaitLog("Sendwell will not start", "CWWKZ0001I: Application sendwell started");

        assertThat(log).contains("Sendwell will not start: The keystore password (environment variable SENDWELL_KEYSTORE_PASSWORD) is not set");
        assertThat(log).doesNotContain("CWWKZ0001I: Application sendwell started");
    }

    @Test
    void httpsOnlyWithSecureHttpOnlySameSiteSessionCookie() throws Exception {
        fresh();
        server(Map.of("SENDWELL_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SENDWELL_KEYSTORE_PASSWORD", "production-it-keystore-password"), "start");
        String log = awaitLog("CWWKZ0001I: Application sendwell started", "Sendwell will not start");
        assertThat(log).contains("CWWKZ0001I: Application sendwell started");

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", httpPort), 2000);
            }
        }).as("plain HTTP on port %d", httpPort).isInstanceOf(ConnectException.class);

        HttpsURLConnection login = (HttpsURLConnection) new URL("https://localhost:" + httpsPort + "/console/login.xhtml").openConnection();
        login.setSSLSocketFactory(trustAll().getSocketFactory());
        login.setHostnameVerifier((host, session) -> true); // Liberty's generated self-signed certificate
        assertThat(login.getResponseCode()).isEqualTo(200);
        List<String> cookies = login.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(cookie -> {
            assertThat(cookie).contains("; Secure").contains("; HttpOnly").containsPattern("; SameSite=(Lax|Strict)");
        });
        assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
    }

    /** A new server output: no database, keystore or log of the other test. */
    private static void fresh() throws IOException {
        delete(List.of("logs", "workarea", "resources/security", "data", "messaging", "tranlog"));
    }

    private static void delete(List<String> dirs) throws IOException {
        for (String dir : dirs) {
            Path path = serverDir.resolve(dir);
            if (Files.exists(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    private static void server(Map<String, String> env, String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, serverDir.getFileName().toString())
                .redirectErrorStream(true);
        builder.environment().remove("SENDWELL_KEYSTORE_PASSWORD");
        builder.environment().remove("SENDWELL_ADMIN_PASSWORD");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        System.out.println("server " + action + ": exit " + exit + "\n" + output);
    }

    /** The messages.log once one of the markers appears (or after four minutes). */
    private static String awaitLog(String... markers) throws Exception {
        Path log = serverDir.resolve("logs/messages.log");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                String content = Files.readString(log, StandardCharsets.UTF_8);
                for (String marker : markers) {
                    if (content.contains(marker)) {
                        Thread.sleep(1000);
                        return Files.readString(log, StandardCharsets.UTF_8);
                    }
                }
            }
            Thread.sleep(1000);
        }
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static SSLContext trustAll() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
