package io.sendwell.platform.control;

import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

/**
 * Retries a read that the database chose as a deadlock victim. Only for reads outside a
 * transaction: there is nothing to roll back, so running them again is safe. Derby picks such
 * victims among scans that meet concurrent counter updates; PostgreSQL readers never block.
 */
public final class DeadlockRetry {

    private static final int ATTEMPTS = 3;

    private DeadlockRetry() {
    }

    public static <T> T read(Supplier<T> read) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return read.get();
            } catch (RuntimeException e) {
                if (!isDeadlock(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
