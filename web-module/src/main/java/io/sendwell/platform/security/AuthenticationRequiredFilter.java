package io.sendwell.platform.security;

import io.sendwell.platform.api.Problem;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every /api/v1 request needs a caller established by {@link SendwellAuthenticationMechanism}:
 * 401 with a challenge without one, 429 with Retry-After when the sign-in throttle refused the
 * credentials unchecked.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequiredFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(SendwellAuthenticationMechanism.CALLER_ATTRIBUTE) != null) {
            return;
        }
        Object failure = request.getAttribute(SendwellAuthenticationMechanism.FAILURE_ATTRIBUTE);
        if (request.getAttribute(SendwellAuthenticationMechanism.RETRY_AFTER_ATTRIBUTE) instanceof Long seconds) {
            // Throttled: the credentials were not checked, so neither 401 nor a challenge would be true.
            context.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.response(429, "Too Many Requests", failure.toString()))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, seconds))
                    .build());
            return;
        }
        context.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.response(401, "Unauthorized",
                        failure == null ? "Authentication required" : failure.toString()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sendwell\", Bearer realm=\"sendwell\"")
                .build());
    }
}
