package io.sendwell.platform.security;

import io.sendwell.platform.control.Caller;
import io.sendwell.tenant.entity.ConsoleRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;

/**
 * The signed-in console user, kept in the HTTP session: the session (30 minutes idle, ended by
 * logout) is the one thing that says someone is signed in. {@code caller} is what views pass to
 * the services, which enforce tenant isolation.
 */
public record ConsoleSession(String username, ConsoleRole role, Caller caller) implements Serializable {

    static final String ATTRIBUTE = ConsoleSession.class.getName();

    public static Optional<ConsoleSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (ConsoleSession) session.getAttribute(ATTRIBUTE));
    }

    public static Optional<ConsoleSession> of(HttpSession session) {
        return Optional.ofNullable(session == null ? null : (ConsoleSession) session.getAttribute(ATTRIBUTE));
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
