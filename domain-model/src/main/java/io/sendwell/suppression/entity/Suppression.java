package io.sendwell.suppression.entity;

import io.sendwell.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** An address one tenant must not mail again. Addresses are stored normalised (trimmed, lower case). */
@Entity
@Table(name = "suppression")
@NamedQuery(name = Suppression.SEARCH, query = "SELECT s FROM Suppression s WHERE s.tenantId = :tenantId "
        + "AND s.address LIKE :pattern ESCAPE '\\' ORDER BY s.createdAt DESC, s.address")
@NamedQuery(name = Suppression.COUNT_SEARCH, query = "SELECT COUNT(s) FROM Suppression s WHERE s.tenantId = :tenantId "
        + "AND s.address LIKE :pattern ESCAPE '\\'")
@NamedQuery(name = Suppression.BY_ADDRESS, query = "SELECT s FROM Suppression s WHERE s.tenantId = :tenantId "
        + "AND s.address = :address")
@NamedQuery(name = Suppression.AMONG, query = "SELECT s FROM Suppression s WHERE s.tenantId = :tenantId "
        + "AND s.address IN :addresses")
public class Suppression {

    public static final String SEARCH = "Suppression.search";
    public static final String COUNT_SEARCH = "Suppression.countSearch";
    public static final String BY_ADDRESS = "Suppression.byAddress";
    public static final String AMONG = "Suppression.among";
    public static final int MAX_ADDRESS_LENGTH = 320;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = MAX_ADDRESS_LENGTH)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SuppressionReason reason;

    @Column(length = 1000)
    private String detail;

    @Column(name = "source_event_id", length = 36)
    private String sourceEventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Suppression() {
    }

    public Suppression(String tenantId, String address, SuppressionReason reason, String detail, String sourceEventId,
                       Instant createdAt) {
        this.id = Ids.newId();
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.address = normalise(address);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.sourceEventId = sourceEventId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The key suppression is looked up by; SES compares addresses case-insensitively too. */
    public static String normalise(String address) {
        return Objects.requireNonNull(address, "address").strip().toLowerCase(Locale.ROOT);
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String address() {
        return address;
    }

    public SuppressionReason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
