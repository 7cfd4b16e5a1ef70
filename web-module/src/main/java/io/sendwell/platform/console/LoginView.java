package io.sendwell.platform.console;

import io.sendwell.platform.security.ConsoleAuthentication;
import io.sendwell.platform.security.ConsoleSession;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The sign-in form. A Faces form (not j_security_check) so that it is CSRF-protected by the view
 * state like every other console form; the credential goes to the authentication mechanism.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    @Inject
    SecurityContext securityContext;

    private String username;
    private transient String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            boolean mustChange = ConsoleSession.of(request).map(ConsoleSession::passwordChangeRequired).orElse(false);
            external.redirect(external.getRequestContextPath() + (mustChange ? ConsoleAuthentication.PASSWORD_PAGE : returnTo(external)));
            faces.responseComplete();
        } else if (request.getAttribute(ConsoleAuthentication.THROTTLED_SECONDS) instanceof Long seconds) {
            Feedback.error("Too many failed sign-ins for this account or from your network. Sign-in is paused: try again in "
                    + inWords(seconds) + ".");
        } else {
            Feedback.error("Unknown username or wrong password.");
        }
    }

    private static String inWords(long seconds) {
        long minutes = (seconds + 59) / 60;
        return seconds < 60 ? seconds + (seconds == 1 ? " second" : " seconds") : minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** Only a console path (never an absolute URL): the return address must not be an open redirect. */
    private static String returnTo(ExternalContext external) {
        Object requested = external.getSessionMap().remove(ConsoleAuthentication.RETURN_TO);
        if (requested instanceof String path && path.startsWith("/console/") && !path.contains("//")) {
            return path;
        }
        return ConsoleAuthentication.HOME_PAGE;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
