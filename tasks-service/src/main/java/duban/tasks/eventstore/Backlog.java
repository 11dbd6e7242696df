package duban.tasks.eventstore;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The stored events after a position of the global stream: how many, and when the oldest of them was stored. What
 * a reader of the stream (the Kafka publisher) still has before it.
 */
@ApplicationScoped
public class Backlog {

    private static final String HEAD = "SELECT COALESCE(MAX(global_index), -1) FROM " + EventTable.NAME;
    private static final String COUNT_AFTER = "SELECT COUNT(*) FROM " + EventTable.NAME + " WHERE global_index > ?";
    private static final String OLDEST_AFTER = "SELECT time_stamp FROM " + EventTable.NAME
            + " WHERE global_index > ? ORDER BY global_index LIMIT 1";

    @Inject
    AgroalDataSource dataSource;

    /**
     * The events stored after {@code position} (-1: all of them).
     *
     * @param events how many
     * @param oldest when the first of them was stored; null when there is none
     */
    public record Events(long events, Instant oldest) {
    }

    public Events after(long position) {
        try (Connection connection = dataSource.getConnection()) {
            if (single(connection, HEAD, null) <= position) {
                return new Events(0, null);
            }
            return new Events(single(connection, COUNT_AFTER, position), oldestAfter(connection, position));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the events after " + position + " failed", e);
        }
    }

    private static long single(Connection connection, String sql, Long after) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (after != null) {
                statement.setLong(1, after);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Instant oldestAfter(Connection connection, long after) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OLDEST_AFTER)) {
            statement.setLong(1, after);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Instant.parse(row.getString(1)) : null;
            }
        }
    }
}
