package io.sendwell.tenant.entity;

import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.platform.entity.Ids;
import io.sendwell.platform.entity.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Someone who signs in to the console. The login name is the person's email address. Only a
 * salted, slow hash of the password is kept; hashing happens in the service, which owns the
 * (injectable) hash algorithm. A tenant admin belongs to exactly one tenant, a platform admin to none.
 */
@Entity
@Table(name = "console_user")
@NamedQuery(name = ConsoleUser.BY_USERNAME, query = "SELECT u FROM ConsoleUser u WHERE u.username = :username")
@NamedQuery(name = ConsoleUser.OF_TENANT, query = "SELECT u FROM ConsoleUser u WHERE u.tenantId = :tenantId ORDER BY u.username")
public class ConsoleUser {

    public static final String BY_USERNAME = "ConsoleUser.byUsername";
    public static final String OF_TENANT = "ConsoleUser.ofTenant";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 320)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsoleRole role;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Sessions remember the epoch they signed in with; a different one means "signed out everywhere". */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(nullable = false)
    private boolean disabled;

    @Version
    private long version;

    protected ConsoleUser() {
    }

    private ConsoleUser(EmailAddress username, String passwordHash, ConsoleRole role, String tenantId, Instant now) {
        if ((role == ConsoleRole.TENANT_ADMIN) != (tenantId != null)) {
            throw new IllegalArgumentException("a tenant admin needs a tenant; a platform admin has none");
        }
        this.id = Ids.newId();
        this.username = username.normalised();
        this.passwordHash = requireHash(passwordHash);
        this.role = role;
        this.tenantId = tenantId;
        this.createdAt = now;
    }

    public static ConsoleUser tenantAdmin(String tenantId, EmailAddress username, String passwordHash, Instant now) {
        return new ConsoleUser(username, passwordHash, ConsoleRole.TENANT_ADMIN, tenantId, now);
    }

    public static ConsoleUser platformAdmin(EmailAddress username, String passwordHash, Instant now) {
        return new ConsoleUser(username, passwordHash, ConsoleRole.PLATFORM_ADMIN, null, now);
    }

    /**
     * The rule for a password someone chooses; checked before hashing, since the hash cannot be
     * checked. Length beats composition rules (NIST SP 800-63B); the upper bound keeps hashing cheap.
     */
    public static String requireAcceptablePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("password must be at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password must not be only spaces");
        }
        return password;
    }

    /**
     * The user chose a new password: any forced reset is done, and every other session ends (the
     * caller re-stamps the session it is working in with the new {@link #sessionEpoch()}).
     */
    public void changePasswordHash(String newHash) {
        this.passwordHash = requireHash(newHash);
        this.passwordChangeRequired = false;
        endSessions();
    }

    /** An operator's forced reset: signed out everywhere, and a new password is due at the next sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
        endSessions();
    }

    /** Can no longer sign in; current sessions end at their next request. */
    public void disable() {
        if (!disabled) {
            this.disabled = true;
            endSessions();
        }
    }

    public void enable() {
        this.disabled = false;
    }

    /** Whether a session that signed in at {@code epoch} may go on. */
    public boolean acceptsSessionFrom(int epoch) {
        return !disabled && epoch == sessionEpoch;
    }

    private void endSessions() {
        sessionEpoch++;
    }

    public boolean belongsTo(String aTenantId) {
        return tenantId != null && tenantId.equals(aTenantId);
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        return hash;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public ConsoleRole role() {
        return role;
    }

    public String tenantId() {
        return tenantId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean disabled() {
        return disabled;
    }
}
