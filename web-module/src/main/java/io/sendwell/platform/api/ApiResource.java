package io.sendwell.platform.api;

import io.sendwell.platform.control.Caller;
import io.sendwell.platform.security.CurrentCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;

/** Base of the API resources: gives each request its authenticated {@link Caller}. */
public abstract class ApiResource {

    @Context
    HttpServletRequest request;

    protected Caller caller() {
        return CurrentCaller.of(request);
    }

    /** An empty body on a POST/PATCH is the caller's mistake, not a null pointer in a service. */
    protected static <T> T requireBody(T body) {
        if (body == null) {
            throw new io.sendwell.platform.entity.InvalidInputException("a JSON request body is required");
        }
        return body;
    }
}
