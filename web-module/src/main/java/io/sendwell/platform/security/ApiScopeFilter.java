package io.sendwell.platform.security;

import io.sendwell.platform.api.Problem;
import io.sendwell.platform.api.RequiresScope;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Refuses an API key whose scopes do not cover the matched operation (403, naming the scope),
 * before any body is read. The default fails closed: an endpoint added later needs {@code manage}
 * unless it is a GET or says otherwise with {@link RequiresScope}. Operators and console users
 * carry every scope, so for them this is a no-op.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiScopeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        // No caller: AuthenticationRequiredFilter has already refused the request.
        if (!(request.getAttribute(SendwellAuthenticationMechanism.CALLER_ATTRIBUTE) instanceof Caller caller)
                || resourceInfo.getResourceMethod() == null) {
            return;
        }
        try {
            caller.requireScope(requiredScope(resourceInfo.getResourceMethod()));
        } catch (ForbiddenException e) {
            context.abortWith(Problem.response(403, e.title(), e.getMessage()));
        }
    }

    static ApiScope requiredScope(Method operation) {
        RequiresScope declared = operation.getAnnotation(RequiresScope.class);
        if (declared != null) {
            return declared.value();
        }
        return operation.isAnnotationPresent(GET.class) || operation.isAnnotationPresent(HEAD.class)
                ? ApiScope.READ : ApiScope.MANAGE;
    }
}
