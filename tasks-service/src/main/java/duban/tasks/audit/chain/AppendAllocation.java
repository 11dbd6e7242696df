package duban.tasks.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * What an append needs from the store before it can hash: a global index for each event, and the
 * hash of the predecessor of each aggregate's first event in the batch. Both come in one round trip
 * (a batch usually holds one aggregate), inside the appending transaction, so the predecessor read
 * is the row the unique key (aggregate, sequence) lets this append follow.
 */
final class AppendAllocation {

    private final long[] globalIndexes;
    private final Map<String, String> predecessorHashes;

    private AppendAllocation(long[] globalIndexes, Map<String, String> predecessorHashes) {
        this.globalIndexes = globalIndexes;
        this.predecessorHashes = predecessorHashes;
    }

    /**
     * Allocates {@code events.size()} global indexes from the global index column's own sequence
     * (so gaps and order are what the column default would give) and reads the predecessors of the
     * first event of each aggregate whose sequence is above 0.
     */
    static AppendAllocation fetch(Connection connection, EventSchema schema, List<DomainEventMessage<?>> events)
            throws SQLException {
        Map<String, Long> firstSequence = new HashMap<>();
        for (DomainEventMessage<?> event : events) {
            firstSequence.putIfAbsent(event.getAggregateIdentifier(), event.getSequenceNumber());
        }
        firstSequence.values().removeIf(sequence -> sequence == 0);

        StringBuilder sql = new StringBuilder("SELECT NULL::TEXT, nextval(pg_get_serial_sequence(?, ?)), NULL::TEXT"
                + " FROM generate_series(1, ?)");
        if (!firstSequence.isEmpty()) {
            sql.append(" UNION ALL SELECT ").append(schema.aggregateIdentifierColumn()).append(", ")
                    .append(schema.sequenceNumberColumn()).append(", hash::TEXT FROM ")
                    .append(schema.domainEventTable()).append(" WHERE ");
            for (int i = 0; i < firstSequence.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append('(').append(schema.aggregateIdentifierColumn())
                        .append(" = ? AND ").append(schema.sequenceNumberColumn()).append(" = ?)");
            }
        }
        long[] indexes = new long[events.size()];
        Map<String, String> predecessors = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            statement.setString(p++, schema.domainEventTable());
            statement.setString(p++, schema.globalIndexColumn());
            statement.setInt(p++, events.size());
            for (Map.Entry<String, Long> first : firstSequence.entrySet()) {
                statement.setString(p++, first.getKey());
                statement.setLong(p++, first.getValue() - 1);
            }
            int allocated = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String aggregateId = rows.getString(1);
                    if (aggregateId == null) {
                        indexes[allocated++] = rows.getLong(2);
                    } else {
                        predecessors.put(aggregateId, rows.getString(3));
                    }
                }
            }
            if (allocated != indexes.length) {
                throw new IllegalStateException("allocated " + allocated + " global indexes for "
                        + indexes.length + " events");
            }
        }
        // A sequence hands out increasing values; sorting makes the batch order independent of row order.
        Arrays.sort(indexes);
        return new AppendAllocation(indexes, predecessors);
    }

    long globalIndex(int position) {
        return globalIndexes[position];
    }

    /** The stored hash of sequence {@code firstSequence - 1} of the aggregate, or null when there is none. */
    String predecessorHash(String aggregateId) {
        return predecessorHashes.get(aggregateId);
    }
}
