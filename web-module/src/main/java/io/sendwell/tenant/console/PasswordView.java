package io.sendwell.tenant.console;

import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.security.ConsoleAuthentication;
import io.sendwell.platform.security.ConsoleSession;
import io.sendwell.tenant.boundary.ConsoleUserService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/**
 * The signed-in user changes their own password (and must, after an operator's forced reset,
 * before anything else). The configured administrator's password is configuration, not stored.
 */
@Named
@ViewScoped
public class PasswordView implements Serializable {

    @Inject
    ConsoleUserService users;

    @Inject
    ConsoleAuthentication authentication;

    @Inject
    SignedInUser me;

    private transient String currentPassword;
    private transient String newPassword;
    private transient String repeatedPassword;
    private boolean changed;

    public void change() {
        String current = currentPassword;
        String chosen = newPassword;
        String repeated = repeatedPassword;
        currentPassword = newPassword = repeatedPassword = null;
        if (chosen == null || !chosen.equals(repeated)) {
            Feedback.error("The new password and its repetition differ.");
            return;
        }
        Feedback.attemptQuietly(() -> {
            var result = users.changeOwnPassword(me.caller(), me.getUserId(), current, chosen);
            switch (result.result()) {
                case CHANGED -> {
                    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
                    authentication.passwordChanged(request, result.sessionEpoch());
                    changed = true;
                    Feedback.info("Password changed. Your other sessions have been signed out.");
                }
                case WRONG_CURRENT_PASSWORD -> Feedback.error("The current password is wrong.");
                case THROTTLED -> Feedback.error("Too many failed attempts. Try again in " + result.retryAfterSeconds() + " seconds.");
            }
        });
    }

    public boolean isConfiguredAdministrator() {
        return me.getUserId() == null;
    }

    /** Read from the session each time: it changes within this view when the password is changed. */
    public boolean isRequired() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return ConsoleSession.of(request).map(ConsoleSession::passwordChangeRequired).orElse(false);
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
