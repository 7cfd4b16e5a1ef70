package io.sendwell.platform.security;

import io.sendwell.platform.control.Caller;
import io.sendwell.tenant.boundary.ConsoleUserService;
import io.sendwell.tenant.entity.ConsoleRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The /console branch of {@link SendwellAuthenticationMechanism}: a Faces login page that calls
 * {@code SecurityContext.authenticate} with a username and password, and a session that carries
 * the signed-in user to later requests. The container's own session registration
 * (registerSession) is deliberately not used: on Liberty it issues an LtpaToken2 cookie that
 * outlives the HTTP session (so the 30-minute timeout would not sign anyone out) and that
 * other paths would also accept. The HTTP session is the single source of truth instead, and
 * every request re-checks its user's standing (decision 0013): a removed or disabled user, or one
 * whose sessions were ended by a password change or forced reset, is signed out at the next
 * request, poll or not; a user with a forced reset can only reach the password page.
 */
@ApplicationScoped
public class ConsoleAuthentication {

    public static final String LOGIN_PAGE = "/console/login.xhtml";
    public static final String HOME_PAGE = "/console/index.xhtml";
    public static final String PASSWORD_PAGE = "/console/account/password.xhtml";
    /** Set on the request when a sign-in was refused by the throttle: seconds until attempts are checked again. */
    public static final String THROTTLED_SECONDS = "sendwell.console.throttled-seconds";
    /** Where to go after signing in: the page an unauthenticated GET asked for. */
    public static final String RETURN_TO = "sendwell.console.return-to";

    @Inject
    ConsoleUserService users;

    AuthenticationStatus validate(String path, HttpServletRequest request, HttpServletResponse response,
                                  HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, context);
        }
        var session = ConsoleSession.of(request);
        if (session.isPresent() && !stillValid(session.get())) {
            request.getSession().invalidate();
            return context.isProtected()
                    ? toLoginPage(path, request, response, context, LOGIN_PAGE + "?ended=true")
                    : context.doNothing();
        }
        if (session.isPresent()) {
            if (session.get().passwordChangeRequired() && context.isProtected() && !PASSWORD_PAGE.equals(path)) {
                return redirect(request.getContextPath() + PASSWORD_PAGE, request, response, context);
            }
            return context.notifyContainerAboutLogin(session.get().username(), Set.of(session.get().role().roleName()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(path, request, response, context, LOGIN_PAGE);
    }

    /** The configured administrator is not stored: only its session's own end signs it out. */
    private boolean stillValid(ConsoleSession session) {
        return !session.isStoredUser()
                || users.standing(session.userId()).filter(standing -> standing.accepts(session.sessionEpoch())).isPresent();
    }

    /** After the signed-in user changed their own password: this session goes on (with a new id), all others ended. */
    public void passwordChanged(HttpServletRequest request, int newEpoch) {
        ConsoleSession session = ConsoleSession.of(request).orElseThrow(() -> new IllegalStateException("no console user signed in"));
        request.changeSessionId();
        session.afterPasswordChange(newEpoch).storeIn(request.getSession());
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        var attempt = users.authenticate(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        if (attempt.throttled()) {
            request.setAttribute(THROTTLED_SECONDS, attempt.retryAfterSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        var identity = attempt.signedIn();
        if (identity.isEmpty()) {
            // Not responseUnauthorized(): that would send a 401 error page instead of the login form.
            return AuthenticationStatus.SEND_FAILURE;
        }
        ConsoleUserService.Identity who = identity.get();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the pre-login id is worthless now
        }
        String actor = "console:" + who.username();
        Caller caller = who.role() == ConsoleRole.PLATFORM_ADMIN
                ? Caller.platformAdmin(actor, request.getRemoteAddr())
                : Caller.tenant(actor, who.tenantId(), request.getRemoteAddr());
        new ConsoleSession(who.userId(), who.username(), who.role(), caller, who.sessionEpoch(), who.passwordChangeRequired())
                .storeIn(request.getSession(true));
        return context.notifyContainerAboutLogin(who.username(), Set.of(who.role().roleName()));
    }

    private static AuthenticationStatus toLoginPage(String path, HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context, String loginPage) {
        if ("GET".equals(request.getMethod()) && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        return redirect(request.getContextPath() + loginPage, request, response, context);
    }

    private static AuthenticationStatus redirect(String location, HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request (a poll, say): a 302 would be swallowed by the browser's XHR.
            return partialRedirect(location, response);
        }
        return context.redirect(location);
    }

    private static AuthenticationStatus partialRedirect(String location, HttpServletResponse response) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
