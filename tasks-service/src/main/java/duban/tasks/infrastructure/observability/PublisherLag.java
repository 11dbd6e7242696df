package duban.tasks.infrastructure.observability;

import duban.tasks.eventstore.EventTable;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How far the Kafka publisher is behind the event store: the events stored after its tracking token's position,
 * and the age of the oldest of them (zero when it is at the head).
 *
 * @param events stored events the publisher has not yet sent
 * @param seconds how long the oldest of them has waited
 */
public record PublisherLag(long events, double seconds) {

    private static final String HEAD = "SELECT COALESCE(MAX(global_index), -1) FROM " + EventTable.NAME;
    private static final String OLDEST_AFTER = "SELECT time_stamp FROM " + EventTable.NAME
            + " WHERE global_index > ? ORDER BY global_index LIMIT 1";
    private static final String COUNT_AFTER = "SELECT COUNT(*) FROM " + EventTable.NAME + " WHERE global_index > ?";

    /** The lag of a publisher whose token stands at {@code position} (empty: before the first event). */
    static PublisherLag measure(AgroalDataSource dataSource, OptionalLong position, Clock clock) {
        long after = position.orElse(-1);
        try (Connection connection = dataSource.getConnection()) {
            long head = single(connection, HEAD, null);
            if (head <= after) {
                return new PublisherLag(0, 0);
            }
            long events = single(connection, COUNT_AFTER, after);
            Instant oldest = oldestAfter(connection, after);
            double seconds = oldest == null ? 0
                    : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
            return new PublisherLag(events, seconds);
        } catch (SQLException e) {
            throw new IllegalStateException("measuring the publisher's lag failed", e);
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
