package io.sendwell.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything touches JPA (beans that use the database at
 * start-up say {@code @DependsOn("SchemaMigrator")}). Bean-managed transactions because Flyway
 * commits each migration itself; it gets the non-transactional data source for the same reason.
 * An unsafe configuration ({@link StartupSafetyCheck}) stops the start before the database is touched.
 */
@Singleton
@Startup
@DependsOn("StartupSafetyCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/sendwellNonTx")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // The marker file db/flyway/flyway.location makes the folder findable through Liberty's
        // class loader; failOnMissingLocations turns "found nothing" into a start-up failure.
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .placeholders(placeholders())
                .locations("classpath:db/flyway")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** What the two databases spell differently: binary and long text, making a column nullable. */
    private java.util.Map<String, String> placeholders() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            boolean postgres = Database.isPostgres(connection.getMetaData());
            return java.util.Map.of("blob", postgres ? "BYTEA" : "BLOB", "text", postgres ? "TEXT" : "CLOB",
                    "drop_not_null", postgres ? "DROP NOT NULL" : "NULL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
