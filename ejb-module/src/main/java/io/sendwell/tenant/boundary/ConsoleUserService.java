package io.sendwell.tenant.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.tenant.entity.ConsoleRole;
import io.sendwell.tenant.entity.ConsoleUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
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
    @ConfigProperty(name = "sendwell.admin.user")
    String configuredAdminUser;

    @Inject
    @ConfigProperty(name = "sendwell.admin.password")
    String configuredAdminPassword;

    /** Hashed once per instance so that an unknown username costs as much time as a known one. */
    private String decoyHash;

    /** Who signed in: enough to build a {@link Caller} and to pick the console's roles. */
    public record Identity(String username, ConsoleRole role, String tenantId) {
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
    }

    /** Checks a sign-in; every attempt is audited, failures without saying which part was wrong. */
    public Optional<Identity> authenticate(String username, String password, String sourceAddress) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Identity> identity = configuredAdmin(name, password).or(() -> storedUser(name, password));
        Caller actor = identity.map(id -> Caller.platformAdmin("console:" + id.username(), sourceAddress))
                .orElseGet(() -> Caller.platformAdmin("console:anonymous", sourceAddress));
        String tenantId = identity.map(Identity::tenantId).orElse(null);
        audit.record(actor, tenantId, identity.isPresent() ? "console.signed-in" : "console.sign-in-failed",
                "console-user", null, "username=" + abbreviate(name));
        return identity;
    }

    private Optional<Identity> configuredAdmin(String name, String password) {
        boolean match = constantTimeEquals(name, configuredAdminUser) & constantTimeEquals(password, configuredAdminPassword);
        return match ? Optional.of(new Identity(configuredAdminUser, ConsoleRole.PLATFORM_ADMIN, null)) : Optional.empty();
    }

    private Optional<Identity> storedUser(String name, String password) {
        Optional<ConsoleUser> user = findByUsername(name);
        boolean valid = passwordHash.verify(password.toCharArray(), user.map(ConsoleUser::passwordHash).orElse(decoyHash));
        return user.filter(u -> valid).map(u -> new Identity(u.username(), u.role(), u.tenantId()));
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
