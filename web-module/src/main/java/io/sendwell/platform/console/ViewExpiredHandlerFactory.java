package io.sendwell.platform.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Sends a post with an unknown view state (an expired page, or a forged cross-site post that
 * cannot know the view state) to the "page expired" page, for normal and Ajax requests alike.
 * A web.xml error page cannot do it on Liberty: it matches the exception's wrappers, not the
 * ViewExpiredException inside them. Registered in faces-config.xml.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/console/expired.xhtml";

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (isViewExpired(events.next().getContext().getException())) {
                    events.remove();
                    toExpiredPage();
                }
            }
            getWrapped().handle();
        }

        private static boolean isViewExpired(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void toExpiredPage() {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
