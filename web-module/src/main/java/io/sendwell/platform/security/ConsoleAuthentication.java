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
 * other paths would also accept. The HTTP session is the single source of truth instead.
 */
@ApplicationScoped
public class ConsoleAuthentication {

    public static final String LOGIN_PAGE = "/console/login.xhtml";
    public static final String HOME_PAGE = "/console/index.xhtml";
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
        if (session.isPresent()) {
            return context.notifyContainerAboutLogin(session.get().username(), Set.of(session.get().role().roleName()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(path, request, response, context);
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        var identity = users.authenticate(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
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
        new ConsoleSession(who.username(), who.role(), caller).storeIn(request.getSession(true));
        return context.notifyContainerAboutLogin(who.username(), Set.of(who.role().roleName()));
    }

    private static AuthenticationStatus toLoginPage(String path, HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request after the session ended: a 302 would be swallowed by the browser's XHR.
            return partialRedirect(login, response);
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        return context.redirect(login);
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
