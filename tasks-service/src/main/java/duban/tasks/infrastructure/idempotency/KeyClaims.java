package duban.tasks.infrastructure.idempotency;

import duban.tasks.infrastructure.batch.BatchRun;
import duban.tasks.infrastructure.batch.SharedStatements;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims the Idempotency-Keys of a batch's writes in one statement at its start, instead of one insert a write. A
 * write then takes its key's outcome from here ({@link #taken}): claimed for it, or claimed before (it answers what
 * was kept). The keys are inserted in one order (caller, key), so that two batches claiming some of the same keys
 * wait for each other instead of deadlocking.
 */
@Singleton
class KeyClaims implements SharedStatements {

    private static final String RESOURCE = KeyClaims.class.getName();

    /** A write's key and what makes two requests with it the same. */
    record KeyClaim(String actor, String key, String fingerprint, String method, String path) {
    }

    private record ClaimedKey(String actor, String key) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry meters;

    private DistributionSummary claimed;

    @PostConstruct
    void meters() {
        claimed = DistributionSummary.builder("duban.writes.batch.keys-claimed")
                .description("Idempotency-Keys claimed in one statement for a batch of writes").register(meters);
    }

    @Override
    public void open(BatchRun run) throws SQLException {
        List<KeyClaim> claims = run.tags().stream()
                .filter(KeyClaim.class::isInstance).map(KeyClaim.class::cast).toList();
        if (claims.isEmpty()) {
            return;
        }
        Map<ClaimedKey, Boolean> outcomes = new HashMap<>();
        claims.forEach(claim -> outcomes.put(new ClaimedKey(claim.actor(), claim.key()), false));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO idempotency_record (actor, idem_key, request_hash, method, path)
                     SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                         AS c(actor, idem_key, request_hash, method, path)
                     ORDER BY actor, idem_key
                     ON CONFLICT DO NOTHING
                     RETURNING actor, idem_key""")) {
            insert.setArray(1, array(connection, claims.stream().map(KeyClaim::actor)));
            insert.setArray(2, array(connection, claims.stream().map(KeyClaim::key)));
            insert.setArray(3, array(connection, claims.stream().map(KeyClaim::fingerprint)));
            insert.setArray(4, array(connection, claims.stream().map(KeyClaim::method)));
            insert.setArray(5, array(connection, claims.stream().map(KeyClaim::path)));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    outcomes.put(new ClaimedKey(rows.getString(1), rows.getString(2)), true);
                }
            }
        }
        transactions.putResource(RESOURCE, outcomes);
        claimed.record(claims.size());
    }

    @Override
    public void close(BatchRun run) {
        // the claims are the batch's rows: they commit with it
    }

    /**
     * Whether the batch running in this transaction claimed {@code actor}'s {@code key} (true) or found it claimed
     * before (false); null when no claim of the batch holds it, or when an earlier write of the batch took this one
     * (two writes with one key: the second claims again on its own, finds the first's row and answers its answer).
     */
    Boolean taken(String actor, String key) {
        @SuppressWarnings("unchecked")
        Map<ClaimedKey, Boolean> outcomes = (Map<ClaimedKey, Boolean>) transactions.getResource(RESOURCE);
        return outcomes == null ? null : outcomes.remove(new ClaimedKey(actor, key));
    }

    private static Array array(Connection connection, java.util.stream.Stream<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
