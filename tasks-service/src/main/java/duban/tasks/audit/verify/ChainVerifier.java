package duban.tasks.audit.verify;

import duban.tasks.audit.checkpoint.Checkpoint;
import duban.tasks.audit.checkpoint.CheckpointTable;
import duban.tasks.audit.checkpoint.Head;
import duban.tasks.audit.store.ChainedEvent;
import duban.tasks.audit.store.EventLocator;
import duban.tasks.audit.store.EventTable;
import duban.tasks.audit.store.RowCursor;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Verifies the whole audit trail: streams the event table in global-index order and the checkpoints
 * through one {@link ChainWalk}, in one repeatable-read snapshot so that concurrent appends and
 * checkpoints are either wholly seen or not at all.
 */
@ApplicationScoped
public class ChainVerifier {

    @Inject
    AgroalDataSource dataSource;

    public VerifyReport verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return walk(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verifying the audit trail failed", e);
        }
    }

    private static VerifyReport walk(Connection connection) throws SQLException {
        EventLocator locator = new EventLocator(connection);
        Successors successors = (aggregateId, sequence) -> locator.firstAfter(aggregateId, sequence)
                .map(e -> new Head(e.row().aggregateId(), e.row().sequence(), e.hash(), e.row().globalIndex()));
        try (RowCursor<Checkpoint> checkpoints = CheckpointTable.all(connection);
             RowCursor<ChainedEvent> events = RowCursor.open(connection, "SELECT " + EventTable.COLUMNS
                     + " FROM " + EventTable.NAME + " ORDER BY global_index", EventTable::read)) {
            return new ChainWalk(successors).walk(events, checkpoints);
        }
    }
}
