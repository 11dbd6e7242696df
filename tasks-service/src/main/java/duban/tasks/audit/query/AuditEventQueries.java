package duban.tasks.audit.query;

import duban.tasks.audit.store.ChainedEvent;
import duban.tasks.audit.store.EventTable;
import duban.tasks.audit.store.SettledIndex;
import duban.tasks.task.domain.Task;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A task's history and the global stream, read from the event table. */
@ApplicationScoped
public class AuditEventQueries {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** Axon stores an aggregate's type as its class's simple name. */
    private static final String TASK_TYPE = Task.class.getSimpleName();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SettledIndex settledIndex;

    @Inject
    AuditEventMapper mapper;

    /** Every event of the task in sequence order, or empty when there is no such task. */
    public Optional<List<AuditEvent>> taskHistory(String taskId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + EventTable.COLUMNS + " FROM "
                     + EventTable.NAME + " WHERE aggregate_identifier = ? AND type = ? ORDER BY sequence_number")) {
            statement.setString(1, taskId);
            statement.setString(2, TASK_TYPE);
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(mapper.toEvent(EventTable.read(rows)));
                }
            }
            return events.isEmpty() ? Optional.empty() : Optional.of(events);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the history of task " + taskId + " failed", e);
        }
    }

    /**
     * Up to {@code limit} events after global index {@code after}, in global-index order. Only settled
     * indexes are served ({@link SettledIndex}): an event that commits late can never appear below a
     * page a client has already read, so paging by {@code nextAfter} misses nothing.
     */
    public AuditPage page(long after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        try (Connection connection = dataSource.getConnection()) {
            long settled = settledIndex.upTo(connection);
            List<StreamEvent> events = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + EventTable.COLUMNS + " FROM "
                    + EventTable.NAME + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index LIMIT ?")) {
                statement.setLong(1, after);
                statement.setLong(2, settled);
                statement.setInt(3, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ChainedEvent event = EventTable.read(rows);
                        events.add(mapper.toStreamEvent(event));
                    }
                }
            }
            long nextAfter = events.isEmpty() ? after : events.get(events.size() - 1).globalIndex();
            return new AuditPage(events, nextAfter);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the global stream failed", e);
        }
    }
}
