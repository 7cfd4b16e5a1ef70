package io.sendwell.tenant.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.signin.boundary.SignInGuard;
import io.sendwell.tenant.control.ConsoleUserStandings;
import io.sendwell.tenant.entity.ConsoleRole;
import io.sendwell.tenant.entity.ConsoleUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Console users: operators create tenant admins; everyone signs in through {@link #authenticate}.
 * The first platform administrator is not stored: it comes from configuration
 * (sendwell.admin.user / sendwell.admin.password), the same one the REST API's Basic auth uses,
 * so a fresh installation can be run without touching the database.
 */
@Stateless
public class ConsoleUserService {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512; about 0.2 s per sign-in here. */
    private static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    TenantService tenants;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    SignInGuard guard;

    @Inject
    ConsoleUserStandings standings;

    @Inject
    Event<ConsoleUserStandings.Changed> changed;

    @Inject
    @ConfigProperty(name = "sendwell.admin.user")
    String configuredAdminUser;

    @Inject
    @ConfigProperty(name = "sendwell.admin.password")
    String configuredAdminPassword;

    /** Hashed once per instance so that an unknown username costs as much time as a known one. */
    private String decoyHash;

    /**
     * Who signed in: enough to build a {@link Caller} and to pick the console's roles. {@code userId}
     * is null for the configured administrator (not stored, so never re-checked or reset); the
     * session keeps {@code sessionEpoch} to be re-checked against {@link #standing}.
     */
    public record Identity(String userId, String username, ConsoleRole role, String tenantId, int sessionEpoch,
                           boolean passwordChangeRequired) {
    }


    @PostConstruct
    void initialiseHash() {
        passwordHash.initialize(HASH_PARAMETERS);
        decoyHash = passwordHash.generate("decoy password for timing".toCharArray());
    }

    public ConsoleUser createTenantAdmin(Caller caller, String tenantId, String username, String initialPassword) {
        caller.requirePlatformAdmin("create console users");
        tenants.get(caller, tenantId);
        EmailAddress address = EmailAddress.of(username);
        if (address.normalised().equalsIgnoreCase(configuredAdminUser) || findByUsername(address.normalised()).isPresent()) {
            throw new ConflictException("a console user '" + address.normalised() + "' already exists");
        }
        String hash = passwordHash.generate(ConsoleUser.requireAcceptablePassword(initialPassword).toCharArray());
        ConsoleUser user = ConsoleUser.tenantAdmin(tenantId, address, hash, clock.instant());
        em.persist(user);
        audit.record(caller, tenantId, "console-user.created", "console-user", user.id(), "username=" + user.username());
        return user;
    }

    public List<ConsoleUser> list(Caller caller, String tenantId) {
        tenants.get(caller, tenantId);
        return em.createNamedQuery(ConsoleUser.OF_TENANT, ConsoleUser.class).setParameter("tenantId", tenantId).getResultList();
    }

    public void remove(Caller caller, String tenantId, String userId) {
        caller.requirePlatformAdmin("remove console users");
        tenants.get(caller, tenantId);
        ConsoleUser user = em.find(ConsoleUser.class, userId);
        if (user == null || !user.belongsTo(tenantId)) {
            throw new NotFoundException("console user", userId);
        }
        em.remove(user);
        audit.record(caller, tenantId, "console-user.removed", "console-user", userId, "username=" + user.username());
        changed.fire(new ConsoleUserStandings.Changed(userId));
    }

    /** An operator's forced reset: the user is signed out everywhere and must choose a new password at the next sign-in. */
    public void requirePasswordChange(Caller caller, String tenantId, String userId) {
        operatorChange(caller, tenantId, userId, "force password resets", ConsoleUser::requirePasswordChange,
                "console-user.password-reset-forced");
    }

    public void disable(Caller caller, String tenantId, String userId) {
        operatorChange(caller, tenantId, userId, "disable console users", ConsoleUser::disable, "console-user.disabled");
    }

    public void enable(Caller caller, String tenantId, String userId) {
        operatorChange(caller, tenantId, userId, "enable console users", ConsoleUser::enable, "console-user.enabled");
    }

    /** An operator's change to a user's standing: applied, audited, and the user's cached standing dropped. */
    private void operatorChange(Caller caller, String tenantId, String userId, String what,
                                java.util.function.Consumer<ConsoleUser> change, String auditAction) {
        caller.requirePlatformAdmin(what);
        ConsoleUser user = userOfTenant(caller, tenantId, userId);
        change.accept(user);
        audit.record(caller, tenantId, auditAction, "console-user", userId, "username=" + user.username());
        changed.fire(new ConsoleUserStandings.Changed(userId));
    }

    /**
     * The signed-in user changes their own password. The current password is checked like a sign-in
     * (throttled: a borrowed session must not become a password oracle). Every other session of
     * the user ends; the returned epoch is the one the calling session goes on with.
     */
    public PasswordChange changeOwnPassword(Caller caller, String userId, String currentPassword, String newPassword) {
        ConsoleUser user = userId == null ? null : em.find(ConsoleUser.class, userId);
        if (user == null || !caller.actor().equals("console:" + user.username())) {
            throw new InvalidInputException("the configured administrator's password is set in configuration (sendwell.admin.password)");
        }
        String chosen = ConsoleUser.requireAcceptablePassword(newPassword);
        if (chosen.equals(currentPassword)) {
            throw new InvalidInputException("choose a password different from the current one");
        }
        SignInGuard.Attempt<ConsoleUser> check = guard.attempt(user.username(), caller.sourceAddress(), () ->
                currentPassword != null && passwordHash.verify(currentPassword.toCharArray(), user.passwordHash())
                        ? Optional.of(user) : Optional.empty());
        if (check.throttled()) {
            return new PasswordChange(PasswordChange.Result.THROTTLED, user.sessionEpoch(), check.retryAfterSeconds());
        }
        if (check.signedIn().isEmpty()) {
            audit.record(caller, user.tenantId(), "console-user.password-change-failed", "console-user", userId, "wrong current password");
            return new PasswordChange(PasswordChange.Result.WRONG_CURRENT_PASSWORD, user.sessionEpoch(), 0);
        }
        boolean forced = user.passwordChangeRequired();
        user.changePasswordHash(passwordHash.generate(chosen.toCharArray()));
        audit.record(caller, user.tenantId(), "console-user.password-changed", "console-user", userId,
                "username=" + user.username() + (forced ? " after forced reset" : ""));
        changed.fire(new ConsoleUserStandings.Changed(userId));
        return new PasswordChange(PasswordChange.Result.CHANGED, user.sessionEpoch(), 0);
    }

    public record PasswordChange(Result result, int sessionEpoch, long retryAfterSeconds) {
        public enum Result { CHANGED, WRONG_CURRENT_PASSWORD, THROTTLED }
    }

    /**
     * Called on every console request, so served from a short cache ({@link ConsoleUserStandings});
     * changes made on this server take effect at once, those of other servers within the cache time.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ConsoleUserStandings.Standing> standing(String userId) {
        return standings.get(userId, () -> Optional.ofNullable(em.find(ConsoleUser.class, userId))
                .map(u -> new ConsoleUserStandings.Standing(u.sessionEpoch(), u.disabled(), u.passwordChangeRequired())));
    }

    private ConsoleUser userOfTenant(Caller caller, String tenantId, String userId) {
        tenants.get(caller, tenantId);
        ConsoleUser user = em.find(ConsoleUser.class, userId);
        if (user == null || !user.belongsTo(tenantId)) {
            throw new NotFoundException("console user", userId);
        }
        return user;
    }

    /**
     * Checks a sign-in; every attempt that is checked is audited, failures without saying which part
     * was wrong. A throttled attempt is refused before any check (no hashing) and not audited one by
     * one: {@link SignInGuard} writes one row per lockout.
     */
    public SignInGuard.Attempt<Identity> authenticate(String username, String password, String sourceAddress) {
        if (username == null || password == null) {
            return new SignInGuard.Attempt<>(Optional.empty(), Optional.empty());
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        SignInGuard.Attempt<Identity> attempt = guard.attempt(name, sourceAddress,
                () -> configuredAdmin(name, password).or(() -> storedUser(name, password)));
        if (attempt.throttled()) {
            return attempt;
        }
        Optional<Identity> identity = attempt.signedIn();
        Caller actor = identity.map(id -> Caller.platformAdmin("console:" + id.username(), sourceAddress))
                .orElseGet(() -> Caller.platformAdmin("console:anonymous", sourceAddress));
        String tenantId = identity.map(Identity::tenantId).orElse(null);
        audit.record(actor, tenantId, identity.isPresent() ? "console.signed-in" : "console.sign-in-failed",
                "console-user", null, "username=" + abbreviate(name));
        return attempt;
    }

    private Optional<Identity> configuredAdmin(String name, String password) {
        boolean match = constantTimeEquals(name, configuredAdminUser) & constantTimeEquals(password, configuredAdminPassword);
        return match ? Optional.of(new Identity(null, configuredAdminUser, ConsoleRole.PLATFORM_ADMIN, null, 0, false)) : Optional.empty();
    }

    private Optional<Identity> storedUser(String name, String password) {
        Optional<ConsoleUser> user = findByUsername(name);
        boolean valid = passwordHash.verify(password.toCharArray(), user.map(ConsoleUser::passwordHash).orElse(decoyHash));
        // A disabled user is refused like a wrong password (after the same hashing time).
        return user.filter(u -> valid && !u.disabled()).map(u -> new Identity(u.id(), u.username(), u.role(), u.tenantId(),
                u.sessionEpoch(), u.passwordChangeRequired()));
    }

    private Optional<ConsoleUser> findByUsername(String normalised) {
        return em.createNamedQuery(ConsoleUser.BY_USERNAME, ConsoleUser.class).setParameter("username", normalised)
                .getResultStream().findFirst();
    }

    private static String abbreviate(String value) {
        return value.length() <= 120 ? value : value.substring(0, 120);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
