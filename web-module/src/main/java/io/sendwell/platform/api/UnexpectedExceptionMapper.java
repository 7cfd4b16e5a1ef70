package io.sendwell.platform.api;

import io.sendwell.platform.entity.SendwellException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: JAX-RS' own errors keep their status, unreadable JSON is a 400, and a real
 * failure is logged with an incident id that the client gets instead of a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof SendwellException domain) {
            return new SendwellExceptionMapper().toResponse(domain);
        }
        // A chunked body that passes the limit is detected while JSON-B reads it, which wraps the 413.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return tooLarge.getResponse();
            }
        }
        if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
            return Problem.response(400, "Invalid input", "The request body is not valid JSON for this resource: "
                    + conciseMessage(cause));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 400 && cause.getCause() instanceof JsonbException json) {
                return Problem.response(400, "Invalid input", "The request body is not valid JSON for this resource: "
                        + conciseMessage(json));
            }
            return Problem.response(status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), conciseMessage(web));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.response(500, "Internal error", "Something went wrong on our side (incident " + incident + ")");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String conciseMessage(Throwable e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // Parser messages can quote the whole body; keep the first line, bounded.
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }
}
