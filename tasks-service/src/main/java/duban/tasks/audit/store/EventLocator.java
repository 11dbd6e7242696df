package duban.tasks.audit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Finds one aggregate's event by sequence number, on the caller's connection (and snapshot). */
public final class EventLocator {

    private final Connection connection;

    public EventLocator(Connection connection) {
        this.connection = connection;
    }

    /** The aggregate's event with the lowest sequence number above {@code sequence}. */
    public Optional<ChainedEvent> firstAfter(String aggregateId, long sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + EventTable.COLUMNS + " FROM "
                + EventTable.NAME + " WHERE aggregate_identifier = ? AND sequence_number > ?"
                + " ORDER BY sequence_number LIMIT 1")) {
            statement.setString(1, aggregateId);
            statement.setLong(2, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(EventTable.read(rows)) : Optional.empty();
            }
        }
    }
}
