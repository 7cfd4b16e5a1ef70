package io.sendwell.platform.security;

import io.sendwell.platform.control.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

/** Reads the caller the authentication mechanism put on the request. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(SendwellAuthenticationMechanism.CALLER_ATTRIBUTE);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new NotAuthorizedException("Bearer realm=\"sendwell\"");
    }
}
