package io.sendwell.platform.security;

import io.sendwell.platform.control.Caller;
import io.sendwell.tenant.entity.ConsoleRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;

/**
 * The signed-in console user, kept in the HTTP session: the session (30 minutes idle, ended by
 * logout) says someone signed in, and {@link ConsoleAuthentication} re-checks on every request
 * that the user still exists, is enabled and still has the {@code sessionEpoch} it signed in with.
 * {@code userId} is null for the configured administrator (not stored). {@code caller} is what
 * views pass to the services, which enforce tenant isolation.
 */
public record ConsoleSession(String userId, String username, ConsoleRole role, Caller caller, int sessionEpoch,
                             boolean passwordChangeRequired) implements Serializable {

    static final String ATTRIBUTE = ConsoleSession.class.getName();

    public static Optional<ConsoleSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (ConsoleSession) session.getAttribute(ATTRIBUTE));
    }

    public static Optional<ConsoleSession> of(HttpSession session) {
        return Optional.ofNullable(session == null ? null : (ConsoleSession) session.getAttribute(ATTRIBUTE));
    }

    boolean isStoredUser() {
        return userId != null;
    }

    ConsoleSession afterPasswordChange(int newEpoch) {
        return new ConsoleSession(userId, username, role, caller, newEpoch, false);
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
