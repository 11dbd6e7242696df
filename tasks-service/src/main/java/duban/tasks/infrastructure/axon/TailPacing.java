package duban.tasks.infrastructure.axon;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When a read of the global event stream may run: at once, unless the previous read came back with
 * less than a full batch (the reader is at the tail) less than one interval ago; then after the rest
 * of that interval. A reader catching up gets full batches and is never held back.
 */
final class TailPacing {

    /** How the pacing waits; a test replaces it to record instead of sleeping. */
    interface Pause {
        void nanos(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Pause pause;
    private boolean lastReadReachedTail;
    private long lastReadAt;

    TailPacing(Duration interval) {
        this(interval, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    TailPacing(Duration interval, LongSupplier clock, Pause pause) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the interval between reads at the tail cannot be negative: " + interval);
        }
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
        this.pause = pause;
    }

    /** Waits until the next read may run. */
    void awaitTurn() {
        long wait = waitBeforeRead();
        if (wait > 0) {
            try {
                pause.nanos(wait);
            } catch (InterruptedException e) {
                // Shutting down: read now and let the caller see the interruption.
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            lastReadAt = clock.getAsLong();
        }
    }

    /** Records how the read that {@link #awaitTurn} let through came back. */
    synchronized void read(int events, int batchSize) {
        lastReadReachedTail = events < batchSize;
    }

    private synchronized long waitBeforeRead() {
        return lastReadReachedTail ? lastReadAt + intervalNanos - clock.getAsLong() : 0;
    }
}
