package io.sendwell.platform.api;

import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * How many bytes of large request bodies the server accepts at once (issue 11, finding 12). A
 * maximum-size send (56 MiB of JSON) is held several times over while it is parsed, decoded, built
 * into MIME and stored — a few hundred MiB of heap — so ten of them at once would exhaust a 1 GiB
 * heap. Bodies up to {@code smallBytes} are not counted: every ordinary send stays unaffected.
 */
public final class LargeBodyBudget {

    private final long smallBytes;
    private final int budgetKib;
    private final Semaphore kib;

    public LargeBodyBudget(long budgetBytes, long smallBytes) {
        if (budgetBytes < smallBytes || smallBytes < 0) {
            throw new IllegalArgumentException("the large-body budget (" + budgetBytes
                    + " bytes) must be at least the size counted as large (" + smallBytes + " bytes)");
        }
        this.smallBytes = smallBytes;
        this.budgetKib = (int) Math.min(Integer.MAX_VALUE, budgetBytes / 1024);
        this.kib = new Semaphore(budgetKib);
    }

    /** What a request holds until it is answered; closing gives it back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A permit for a body of {@code declaredBytes} ({@code maxBytes} when the length is unknown),
     * or empty when the budget is used up right now. Never waits: a busy server answers at once.
     */
    public Optional<Permit> tryAcquire(long declaredBytes, long maxBytes) {
        long bytes = declaredBytes < 0 ? maxBytes : declaredBytes;
        if (bytes <= smallBytes) {
            return Optional.of(() -> { });
        }
        int wanted = (int) Math.min(budgetKib, (bytes + 1023) / 1024); // one alone always fits
        if (!kib.tryAcquire(wanted)) {
            return Optional.empty();
        }
        return Optional.of(new Permit() {
            private boolean released;

            @Override
            public synchronized void close() {
                if (!released) {
                    released = true;
                    kib.release(wanted);
                }
            }
        });
    }

    /** KiB of the budget in use now (for tests and the ops view). */
    public int inUseKib() {
        return budgetKib - kib.availablePermits();
    }
}
