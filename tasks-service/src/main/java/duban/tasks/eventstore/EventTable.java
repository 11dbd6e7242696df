package duban.tasks.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;

/**
 * The event table's name and columns (created by the Flyway migrations V1 and V3), and the two ways one of its
 * rows is mapped: as stored text with its hashes ({@link #read}), or as Axon's serialized event
 * ({@link #readSerialized}), which the store's format then upcasts and deserialises.
 */
public final class EventTable {

    /** The one place the table is named; Axon's engine is configured with it too. */
    public static final String NAME = "domain_event_entry";

    /** Every column {@link #read(ResultSet)} needs, in its order. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data, prev_hash, hash";

    /** Every column {@link #readSerialized(ResultSet)} needs, in its order, each prefixed with {@code e.}. */
    static final String SERIALIZED_COLUMNS = "e.type, e.aggregate_identifier, e.sequence_number, e.event_identifier,"
            + " e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private EventTable() {
    }

    /** The current row of a result set selecting {@link #COLUMNS}. */
    public static ChainedEvent read(ResultSet rows) throws SQLException {
        EventRow row = new EventRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10));
        return new ChainedEvent(row, rows.getString(11), rows.getString(12));
    }

    /** The current row of a result set selecting {@link #SERIALIZED_COLUMNS}, as Axon's engine reads a row. */
    static DomainEventData<?> readSerialized(ResultSet rows) throws SQLException {
        return new GenericDomainEventEntry<>(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9));
    }
}
