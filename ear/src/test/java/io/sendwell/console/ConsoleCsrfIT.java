package io.sendwell.console;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged posts change nothing: a console form post is honoured only with the view state the
 * server issued for that page (Faces keeps it server-side), and only with a signed-in session.
 */
class ConsoleCsrfIT {

    private static final String SLUG = "forged-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void postWithAForgedViewStateIsRefusedAndCreatesNothing() {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.ADMIN_USER, ConsoleBrowser.ADMIN_PASSWORD);
            String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            String wellFormedButUnknown = Base64.getEncoder().encodeToString(new byte[64]);
            HttpResponse<String> response = AdminApi.send(createTenantPost(session, wellFormedButUnknown));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/expired.xhtml"));
        }
        assertThat(AdminApi.tenants().body()).doesNotContain(SLUG);
    }

    @Test
    void postWithAMalformedViewStateGetsAPlainErrorPageWithoutStackTrace() {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.ADMIN_USER, ConsoleBrowser.ADMIN_PASSWORD);
            String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> response = AdminApi.send(createTenantPost(session, "not-base64-%%"));
            assertThat(response.body()).contains("Something went wrong").doesNotContain("Exception", "at java.");
        }
        assertThat(AdminApi.tenants().body()).doesNotContain(SLUG);
    }

    @Test
    void postWithoutASessionIsSentToTheLoginPage() {
        HttpResponse<String> response = AdminApi.send(createTenantPost("no-such-session", "bogus-view-state"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login.xhtml"));
        assertThat(AdminApi.tenants().body()).doesNotContain(SLUG);
    }

    @Test
    void apiResponsesSetNoCookieThatCouldStandInForCredentials() {
        assertThat(AdminApi.tenants().headers().allValues("Set-Cookie")).isEmpty();
    }

    private static HttpRequest createTenantPost(String sessionId, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("createTenantForm", "createTenantForm");
        form.put("createTenantForm:slug", SLUG);
        form.put("createTenantForm:displayName", "Forged tenant");
        form.put("createTenantForm:createTenant", "createTenantForm:createTenant");
        form.put("jakarta.faces.ViewState", viewState);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(ConsoleBrowser.BASE + "/console/tenants/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + sessionId)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
