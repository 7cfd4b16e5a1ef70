package io.sendwell.simulator;

import jakarta.json.JsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Malformed JSON becomes an SES {@code BadRequestException}; anything else an {@code InternalFailure}, never a stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof SesException ses) {
            return SesExceptionMapper.errorResponse(ses.status(), ses.errorType(), ses.getMessage());
        }
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (e instanceof JsonException || e instanceof ClassCastException || e instanceof IllegalArgumentException) {
            return SesExceptionMapper.errorResponse(400, "BadRequestException", "Invalid request: " + e.getMessage());
        }
        LOG.log(Level.WARNING, "SES simulator failure", e);
        return SesExceptionMapper.errorResponse(500, "InternalFailure", "The simulator failed to process the request.");
    }
}
