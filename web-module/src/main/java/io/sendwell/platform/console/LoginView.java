package io.sendwell.platform.console;

import io.sendwell.platform.security.ConsoleAuthentication;
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
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + returnTo(external));
            faces.responseComplete();
        } else {
            Feedback.error("Unknown username or wrong password.");
        }
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
