package duban.tasks.infrastructure.idempotency;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which failures of a write the database would have for any write at that moment, as opposed to the write's own: a
 * refused command, a key or sequence number another writer took, a broken hash chain of one task.
 */
final class DatabaseFailures {

    /** SQLSTATE classes of the connection, the server's resources and state, and the transaction as a whole. */
    private static final Set<String> SHARED_CLASSES = Set.of("08", "40", "53", "54", "57", "58", "XX");

    private DatabaseFailures() {
    }

    static boolean reachEveryWrite(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql) {
                String state = sql.getSQLState();
                // No state: the driver or the pool could not reach the database (an acquisition timeout).
                return state == null || state.length() < 2 || SHARED_CLASSES.contains(state.substring(0, 2));
            }
        }
        return false;
    }
}
