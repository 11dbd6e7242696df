package duban.tasks.eventstore;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event table's rows exactly as stored, never upcast, with the hashes that chain them: for the audit trail
 * only. Its contract is to show an auditor what was recorded (a task's history and the global stream show the
 * payload as written), and the hash chain covers the stored text, so the verifier and the checkpoint writer must
 * see those very bytes. Everything else reads {@link StoredEvents}.
 */
@ApplicationScoped
public class RawEventRows {

    private static final String OF_AGGREGATE = "SELECT " + EventTable.COLUMNS + " FROM " + EventTable.NAME
            + " WHERE aggregate_identifier = ? AND type = ? ORDER BY sequence_number";

    private static final String PAGE = "SELECT " + EventTable.COLUMNS + " FROM " + EventTable.NAME
            + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index LIMIT ?";

    private static final String LAST_EVENTS = "SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier,"
            + " sequence_number, hash, global_index FROM " + EventTable.NAME
            + " WHERE global_index > ? AND global_index <= ? ORDER BY aggregate_identifier, sequence_number DESC";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SettledIndex settledIndex;

    /** Every row of one aggregate of the given type ({@code Task}: Axon stores the class's simple name), in order. */
    public List<ChainedEvent> ofAggregate(String aggregateId, String aggregateType) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(OF_AGGREGATE)) {
            statement.setString(1, aggregateId);
            statement.setString(2, aggregateType);
            List<ChainedEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(EventTable.read(rows));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the history of " + aggregateType + " " + aggregateId + " failed",
                    e);
        }
    }

    /**
     * Up to {@code limit} rows after global index {@code after}, in global-index order, and only settled ones
     * ({@link SettledIndex}): a row that commits late can never appear below a page a client has already read.
     */
    public List<ChainedEvent> settledAfter(long after, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            long settled = settledIndex.upTo(connection);
            List<ChainedEvent> events = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
                statement.setLong(1, after);
                statement.setLong(2, settled);
                statement.setInt(3, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        events.add(EventTable.read(rows));
                    }
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the global stream failed", e);
        }
    }

    /**
     * The highest settled global index ({@link SettledIndex}), or 0 when there is none. Inside a JTA transaction it
     * is read on that transaction's connection, as the rest of the caller's work is.
     */
    public long settledUpTo() {
        try (Connection connection = dataSource.getConnection()) {
            return settledIndex.upTo(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the settled global index failed", e);
        }
    }

    /** The last event of each aggregate among the global indexes ({@code after}, {@code upTo}], in no order. */
    public List<LastEvent> lastEventsBetween(long after, long upTo) {
        List<LastEvent> heads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LAST_EVENTS)) {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    heads.add(new LastEvent(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the chain heads after global index " + after + " failed", e);
        }
        return heads;
    }

    /**
     * A consistent view of the whole store (one repeatable-read transaction, rolled back when closed), for walking
     * it from end to end while appends and checkpoints go on.
     */
    public RowSnapshot snapshot() {
        return RowSnapshot.open(dataSource);
    }
}
