package duban.tasks.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The highest global index below which the global order is final: every lower index is either
 * committed or will never be. Checkpoints cover only settled indexes, and the global stream pages
 * only through them, so that neither can miss an event that commits late.
 *
 * <h2>Why a late commit can land below a committed index</h2>
 * Global indexes come from a sequence when a transaction appends, but transactions commit in any
 * order: while transaction A (index 7) is still open, B (index 8) may commit. A checkpoint up to 8
 * written at that moment would not contain 7, and 7 would later look like an inserted row; a client
 * paging the stream past 8 would never see 7.
 *
 * <h2>How the bound is found</h2>
 * Every row records {@code inserted_at}, the database clock when it was inserted, which is after its
 * index was allocated. A transaction that is still open started (PostgreSQL's {@code xact_start})
 * before every index it allocated. So take the horizon = the start of the oldest transaction open in
 * this database (from {@code pg_stat_activity}), and no later than now minus a safety lag. Every row
 * inserted before the horizon was allocated before every index an open transaction holds or will
 * hold; hence the highest committed index inserted before the horizon has nothing unsettled below
 * it. The horizon is read in a statement of its own <em>before</em> the rows are read: a transaction
 * that commits in between is then visible to the second statement, never lost between the two.
 *
 * <p>Transactions older than the JTA transaction timeout (plus a margin for the reaper) are left out:
 * events are only appended inside JTA transactions, and one that outlived its timeout is rolled back
 * and can no longer commit. Without this, a session left open by hand (psql after {@code BEGIN})
 * would hold back checkpoints and the global stream for as long as it stays open.
 *
 * <p>The safety lag ({@code duban.audit.safety-lag}) is a margin for sessions this one cannot see
 * (another database role without the right to read their activity); 0 relies on
 * {@code pg_stat_activity} alone.
 */
@ApplicationScoped
public class SettledIndex {

    private static final String HORIZON = """
            SELECT least(
                clock_timestamp() - make_interval(secs => ?),
                greatest(
                    coalesce((SELECT min(xact_start) FROM pg_stat_activity
                               WHERE datname = current_database() AND pid <> pg_backend_pid()
                                 AND xact_start IS NOT NULL), 'infinity'),
                    clock_timestamp() - make_interval(secs => ?)))""";

    /** How long after its timeout a JTA transaction is surely rolled back (the reaper runs late, not never). */
    private static final Duration REAPER_MARGIN = Duration.ofSeconds(30);

    // Scans the primary key backwards: it reads only the rows inserted after the horizon, plus one.
    private static final String LAST_SETTLED = "SELECT global_index FROM " + EventTable.NAME
            + " WHERE inserted_at < ? ORDER BY global_index DESC LIMIT 1";

    @ConfigProperty(name = "duban.audit.safety-lag", defaultValue = "2s")
    Duration safetyLag;

    @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
    Duration transactionTimeout;

    /** The highest settled global index, or 0 when there is none (indexes start at 1). */
    long upTo(Connection connection) throws SQLException {
        OffsetDateTime horizon;
        try (PreparedStatement statement = connection.prepareStatement(HORIZON)) {
            statement.setDouble(1, seconds(safetyLag));
            statement.setDouble(2, seconds(transactionTimeout.plus(REAPER_MARGIN)));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                horizon = rows.getObject(1, OffsetDateTime.class);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(LAST_SETTLED)) {
            statement.setObject(1, horizon);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
