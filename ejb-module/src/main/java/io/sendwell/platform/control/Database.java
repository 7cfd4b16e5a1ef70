package io.sendwell.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database Sendwell runs on, for the few statements the two spell differently: PostgreSQL
 * has {@code ON CONFLICT} upserts and {@code SKIP LOCKED}; embedded Derby (one server only) has
 * neither and gets the plain form. Also hands out autocommit connections for statements that must
 * not join (or abort) the caller's transaction.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "jdbc/sendwellNonTx")
    DataSource nonTransactional;

    private volatile Boolean postgres;

    public static boolean isPostgres(DatabaseMetaData metaData) throws SQLException {
        return metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = nonTransactional.getConnection()) {
                known = isPostgres(connection.getMetaData());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the database", e);
            }
            postgres = known;
        }
        return known;
    }

    /** "?, ?, ?" for an IN list of {@code n} parameters. */
    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Splits an IN list into pieces every database accepts. */
    public static <T> java.util.List<java.util.List<T>> chunks(java.util.List<T> values) {
        java.util.List<java.util.List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < values.size(); from += 500) {
            chunks.add(values.subList(from, Math.min(values.size(), from + 500)));
        }
        return chunks;
    }

    /** An autocommit connection outside any transaction; the caller closes it. */
    public Connection autocommitConnection() throws SQLException {
        Connection connection = nonTransactional.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }
}
