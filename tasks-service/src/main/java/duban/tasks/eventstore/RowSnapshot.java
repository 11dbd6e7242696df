package duban.tasks.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One repeatable-read transaction over the store, outside JTA (a walk of a large store may outlast any
 * transaction timeout), never committed: it is rolled back when closed. Its cursors stream a few hundred rows at a
 * time and are closed with it.
 */
public final class RowSnapshot implements AutoCloseable {

    private static final String IN_GLOBAL_ORDER = "SELECT " + EventTable.COLUMNS + " FROM " + EventTable.NAME
            + " ORDER BY global_index";

    private static final String FIRST_AFTER = "SELECT " + EventTable.COLUMNS + " FROM " + EventTable.NAME
            + " WHERE aggregate_identifier = ? AND sequence_number > ? ORDER BY sequence_number LIMIT 1";

    private final Connection connection;
    private final boolean autoCommit;
    private final int isolation;
    private final List<RowCursor<?>> cursors = new ArrayList<>();

    private RowSnapshot(Connection connection, boolean autoCommit, int isolation) {
        this.connection = connection;
        this.autoCommit = autoCommit;
        this.isolation = isolation;
    }

    static RowSnapshot open(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                RowSnapshot snapshot = new RowSnapshot(connection, connection.getAutoCommit(),
                        connection.getTransactionIsolation());
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                return snapshot;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a snapshot of the store", e);
        }
    }

    /** Every row as stored, in global-index order. */
    public Rows<ChainedEvent> inGlobalOrder() {
        return cursor(IN_GLOBAL_ORDER, EventTable::read);
    }

    /** The aggregate's row with the lowest sequence number above {@code sequence}, as stored. */
    public Optional<ChainedEvent> firstAfter(String aggregateId, long sequence) {
        try (PreparedStatement statement = connection.prepareStatement(FIRST_AFTER)) {
            statement.setString(1, aggregateId);
            statement.setLong(2, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(EventTable.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the events of " + aggregateId + " failed", e);
        }
    }

    /**
     * The rows of another table's query in this same snapshot, for that table's owner (the checkpoints are
     * checked against the events as of one instant).
     */
    public <T> Rows<T> cursor(String sql, RowMapper<T> mapper) {
        try {
            RowCursor<T> cursor = RowCursor.open(connection, sql, mapper);
            cursors.add(cursor);
            return cursor;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store failed", e);
        }
    }

    @Override
    public void close() {
        SQLException failure = null;
        for (RowCursor<?> cursor : cursors) {
            try {
                cursor.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        try (connection) {
            try {
                connection.rollback();
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw new IllegalStateException("closing a snapshot of the store failed", failure);
        }
    }
}
