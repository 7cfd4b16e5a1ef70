package io.sendwell.platform.api;

import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.SendwellException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps the domain's rule violations to problem responses. */
@Provider
public class SendwellExceptionMapper implements ExceptionMapper<SendwellException> {

    @Override
    public Response toResponse(SendwellException e) {
        return Problem.response(statusOf(e), e.title(), e.getMessage());
    }

    static int statusOf(SendwellException e) {
        if (e instanceof InvalidInputException) {
            return 400;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof HasHttpStatus withStatus) {
            return withStatus.httpStatus();
        }
        return 400;
    }

    /** Implemented by feature exceptions that need a status of their own (e.g. 429 with Retry-After). */
    public interface HasHttpStatus {
        int httpStatus();
    }
}
