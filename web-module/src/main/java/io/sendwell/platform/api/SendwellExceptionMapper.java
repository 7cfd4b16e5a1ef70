package io.sendwell.platform.api;

import io.sendwell.platform.control.ProblemStatus;
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
        Response problem = e.extensions().isEmpty() ? Problem.response(ProblemStatus.of(e), e.title(), e.getMessage())
                : Problem.response(ProblemStatus.of(e), e.title(), e.getMessage(), e.extensions());
        if (e instanceof SendRefusedException refused && refused.retryAfterSeconds() > 0) {
            return Response.fromResponse(problem).header("Retry-After", refused.retryAfterSeconds()).build();
        }
        return problem;
    }
}
