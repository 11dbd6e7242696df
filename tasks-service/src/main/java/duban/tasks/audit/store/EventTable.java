package duban.tasks.audit.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The event table's name and columns (created by the Flyway migrations V1 and V3), and the mapping of
 * one of its rows.
 */
public final class EventTable {

    public static final String NAME = "domain_event_entry";

    /** Every column {@link #read(ResultSet)} needs, in its order. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data, prev_hash, hash";

    private EventTable() {
    }

    /** The current row of a result set selecting {@link #COLUMNS}. */
    public static ChainedEvent read(ResultSet rows) throws SQLException {
        EventRow row = new EventRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10));
        return new ChainedEvent(row, rows.getString(11), rows.getString(12));
    }
}
