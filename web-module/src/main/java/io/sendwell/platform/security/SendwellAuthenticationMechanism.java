package io.sendwell.platform.security;

import io.sendwell.platform.control.Caller;
import io.sendwell.signin.boundary.SignInGuard;
import io.sendwell.tenant.boundary.ApiKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism of the WAR (Liberty allows only one), dispatching by path:
 * HTTP Basic for the platform administrator and Bearer API keys for tenants on /api; form login
 * with a session for the console on /console (see {@link ConsoleAuthentication}). No session
 * is registered for API calls, so no cookie can later stand in for credentials.
 * The authenticated {@link Caller} is put on the request for resources to read; an API key's
 * scopes travel with it and are checked by {@code ApiScopeFilter}.
 */
@ApplicationScoped
public class SendwellAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String CALLER_ATTRIBUTE = Caller.class.getName();
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String FAILURE_ATTRIBUTE = "sendwell.authentication.failure";
    /** Set when Basic credentials were not even checked because the throttle refused them: seconds to wait. */
    public static final String RETRY_AFTER_ATTRIBUTE = "sendwell.authentication.retry-after";

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ConsoleAuthentication console;

    @Inject
    SignInGuard guard;

    @Inject
    @ConfigProperty(name = "sendwell.admin.user")
    String adminUser;

    @Inject
    @ConfigProperty(name = "sendwell.admin.password")
    String adminPassword;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/console/")) {
            return console.validate(path, request, response, context);
        }
        if (!path.startsWith("/api/")) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip(), request, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request, context);
        }
        return unauthorized(request, context, "Authentication required: HTTP Basic (platform administrator) or 'Authorization: Bearer <api key>'");
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, context, "Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, context, "Malformed Basic credentials");
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        // Throttled like the console's sign-in, and under the same account key for the same admin.
        var attempt = guard.attempt(user, request.getRemoteAddr(), () ->
                constantTimeEquals(user, adminUser) & constantTimeEquals(password, adminPassword) ? Optional.of(user) : Optional.empty());
        if (attempt.throttled()) {
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, attempt.retryAfterSeconds());
            return unauthorized(request, context, "Too many failed sign-ins for this account or from this address; retry after "
                    + attempt.retryAfterSeconds() + " s");
        }
        if (attempt.signedIn().isEmpty()) {
            return unauthorized(request, context, "Invalid credentials");
        }
        request.setAttribute(CALLER_ATTRIBUTE, Caller.platformAdmin("admin:" + adminUser, request.getRemoteAddr()));
        // The container is told (rare calls): a Basic header it is not told about, Liberty would try
        // itself against its user registry after this mechanism (see BadInputIT).
        return context.notifyContainerAboutLogin("admin:" + adminUser, Set.of(PLATFORM_ADMIN));
    }

    private AuthenticationStatus bearer(String key, HttpServletRequest request, HttpMessageContext context) {
        return apiKeys.authenticate(key)
                .map(owner -> knownToSendwellOnly(request, context, owner.asCaller(request.getRemoteAddr())))
                .orElseGet(() -> unauthorized(request, context, "Unknown or revoked API key"));
    }

    /**
     * A tenant's API call (the hot path) is known to Sendwell only: /api has no container security
     * constraint, its resources and filters read the {@link Caller} from the request, and nothing
     * asks the container for a principal. Telling the container about the login made Liberty create and sign an LTPA
     * single-sign-on token on every API call (issue 9's profile); no session, no cookie, none needed.
     */
    private static AuthenticationStatus knownToSendwellOnly(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        return context.doNothing();
    }

    /**
     * Liberty lets a request for an unconstrained URL through even after SEND_FAILURE, so the
     * refusal is made by {@link AuthenticationRequiredFilter}: here we only note why.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpMessageContext context, String detail) {
        request.setAttribute(FAILURE_ATTRIBUTE, detail);
        return context.doNothing();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
