package duban.tasks.infrastructure.idempotency;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A write refused because a concurrent one committed first what it was about to store: a unique key of the store (an
 * aggregate's sequence number, a claimed unit name) taken meanwhile; or because PostgreSQL chose it to break a cycle of
 * writes waiting for each other's rows (two lanes of batches, say). Its transaction rolled back whole.
 */
final class LostRace {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DEADLOCK_DETECTED = "40P01";

    private LostRace() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql
                    && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || DEADLOCK_DETECTED.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A short, growing, jittered wait, so that writers who lost together do not collide again at once. */
    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", e);
        }
    }
}
