package io.sendwell.platform.api;

import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.SendwellException;
import io.sendwell.sending.entity.SendRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps the domain's rule violations to problem responses. */
@Provider
public class SendwellExceptionMapper implements ExceptionMapper<SendwellException> {

    @Override
    public Response toResponse(SendwellException e) {
        Response problem = Problem.response(statusOf(e), e.title(), e.getMessage());
        if (e instanceof SendRefusedException refused && refused.retryAfterSeconds() > 0) {
            return Response.fromResponse(problem).header("Retry-After", refused.retryAfterSeconds()).build();
        }
        return problem;
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
        if (e instanceof SendRefusedException refused) {
            return switch (refused.reason()) {
                case PAUSED -> 403;
                case DOMAIN_NOT_VERIFIED -> 409;
                case SUPPRESSED_RECIPIENTS -> 422;
                case LIMIT_REACHED -> 429;
                case TOO_LARGE -> 413;
            };
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
