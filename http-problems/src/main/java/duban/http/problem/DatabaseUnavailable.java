package duban.http.problem;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A failure that is the database out of reach (stopped, restarting, the network to it down), not the request's fault
 * nor a bug: answered 503 with {@code Retry-After}, so that a client retries the same request (with the same
 * {@code Idempotency-Key}) instead of reporting an error. A write that met it was rolled back whole.
 */
public final class DatabaseUnavailable {

    /** Long enough for a restarting PostgreSQL to accept connections again, short enough not to idle a client. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConnectException || connectionClosed(e)) {
                return true;
            }
            if (e instanceof SQLException sql && (lostConnection(sql.getSQLState()) || poolTimedOut(sql))) {
                return true;
            }
        }
        return false;
    }

    public static Response response() {
        Response problem = ProblemMappers.respond(503, "database-unavailable", "Service unavailable",
                "the service's database is out of reach for a moment; nothing of this request was recorded. Retry after "
                        + RETRY_AFTER_SECONDS + " s (a write with the same Idempotency-Key)", List.of());
        return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down or starting). */
    private static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** The pool waited for a connection it could not make (Agroal says so in words, without a SQLSTATE). */
    private static boolean poolTimedOut(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** The reactive client's connection closed under a query (named, not imported: this module has no driver). */
    private static boolean connectionClosed(Throwable e) {
        return e.getClass().getName().equals("io.vertx.sqlclient.ClosedConnectionException");
    }
}
