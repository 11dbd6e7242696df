package duban.tasks.infrastructure.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers to keep for Idempotency-Keys, written together just before their transaction commits: a batch of
 * writes updates all its records in one round trip instead of one each. A record whose answer is still waiting here
 * reads as unanswered, so whoever reads records in the same transaction writes the waiting answers first.
 */
@Singleton
class KeptAnswers {

    private static final String RESOURCE = KeptAnswers.class.getName();

    /** One record's answer. */
    record Answer(String actor, String key, int status, String location, String etag, String body) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Keeps {@code answer} in the running transaction, written at the latest just before it commits. */
    void keep(Answer answer) {
        @SuppressWarnings("unchecked")
        List<Answer> waiting = (List<Answer>) transactions.getResource(RESOURCE);
        if (waiting == null) {
            List<Answer> list = new ArrayList<>();
            transactions.putResource(RESOURCE, list);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    try {
                        write(list);
                    } catch (SQLException e) {
                        // Thrown here, the transaction rolls back: no key is kept without its answer.
                        throw new IllegalStateException("cannot keep the answers of Idempotency-Keys", e);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing is held beyond the transaction
                }
            });
            waiting = list;
        }
        waiting.add(answer);
    }

    /** Writes the answers waiting in the running transaction now, before its records are read. */
    void writeWaiting() throws SQLException {
        @SuppressWarnings("unchecked")
        List<Answer> waiting = (List<Answer>) transactions.getResource(RESOURCE);
        if (waiting != null) {
            write(waiting);
        }
    }

    private void write(List<Answer> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE idempotency_record SET status = ?, location = ?, etag = ?, body = ?
                     WHERE actor = ? AND idem_key = ?""")) {
            for (Answer answer : answers) {
                update.setInt(1, answer.status());
                update.setString(2, answer.location());
                update.setString(3, answer.etag());
                update.setString(4, answer.body());
                update.setString(5, answer.actor());
                update.setString(6, answer.key());
                update.addBatch();
            }
            update.executeBatch();
        }
        answers.clear();
    }
}
