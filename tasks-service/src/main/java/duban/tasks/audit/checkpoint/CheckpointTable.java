package duban.tasks.audit.checkpoint;

import duban.tasks.eventstore.RowSnapshot;
import duban.tasks.eventstore.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Reads and writes the {@code audit_checkpoint} table (migration V3). */
public final class CheckpointTable {

    private static final String COLUMNS = "checkpoint_no, up_to_global_index, heads_digest, changed_heads, "
            + "prev_hash, hash, created_at";

    private CheckpointTable() {
    }

    /** Where the chain of checkpoints ends: what the next checkpoint links to and starts after. */
    record Last(long number, long upToGlobalIndex, String hash) {
    }

    /**
     * The latest checkpoint's number, index and hash; not its list of changed heads, which can be
     * large and which the next checkpoint does not need.
     */
    static Optional<Last> last(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT checkpoint_no, up_to_global_index, hash FROM audit_checkpoint"
                        + " ORDER BY checkpoint_no DESC LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            return rows.next()
                    ? Optional.of(new Last(rows.getLong(1), rows.getLong(2), rows.getString(3)))
                    : Optional.empty();
        }
    }

    static void insert(Connection connection, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO audit_checkpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, checkpoint.number());
            statement.setLong(2, checkpoint.upToGlobalIndex());
            statement.setString(3, checkpoint.headsDigest());
            statement.setString(4, ChangedHeadsJson.write(checkpoint.changedHeads()));
            statement.setString(5, checkpoint.prevHash());
            statement.setString(6, checkpoint.hash());
            statement.setObject(7, checkpoint.createdAt().atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }

    /** Every checkpoint in number order, streamed, as of the snapshot the events are read in. */
    public static Rows<Checkpoint> all(RowSnapshot snapshot) {
        return snapshot.cursor("SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY checkpoint_no",
                CheckpointTable::read);
    }

    private static Checkpoint read(ResultSet rows) throws SQLException {
        return new Checkpoint(rows.getLong(1), rows.getLong(2), rows.getString(3),
                ChangedHeadsJson.read(rows.getString(4)), rows.getString(5), rows.getString(6),
                rows.getObject(7, OffsetDateTime.class).toInstant());
    }
}
