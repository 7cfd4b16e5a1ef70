package io.sendwell.platform.console;

import io.sendwell.platform.entity.SendwellException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a console action against a service and reports the outcome as a Faces message: the
 * service's own words for a rule violation, a neutral sentence (and a log entry) for anything
 * unexpected, so no stack trace reaches the page. Ajax callers learn the outcome through the
 * {@code succeeded} callback parameter, which dialogs use to close themselves only on success.
 */
public final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    public static boolean attempt(Runnable action, String successMessage) {
        try {
            action.run();
            info(successMessage);
            PrimeFaces.current().ajax().addCallbackParam("succeeded", true);
            return true;
        } catch (SendwellException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "console action failed", e);
            error("Something went wrong; nothing was changed. Please try again.");
        }
        PrimeFaces.current().ajax().addCallbackParam("succeeded", false);
        return false;
    }

    /** As {@link #attempt}, but says nothing on success (for actions that only load something to show). */
    public static boolean attemptQuietly(Runnable action) {
        try {
            action.run();
            return true;
        } catch (SendwellException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "console action failed", e);
            error("Something went wrong. Please try again.");
        }
        return false;
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
