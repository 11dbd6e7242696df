package duban.tasks.audit.checkpoint;

import duban.tasks.eventstore.LastEvent;
import duban.tasks.eventstore.RawEventRows;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the next checkpoint when settled events have been stored since the last one. Its cost
 * follows what changed since the previous checkpoint, not the size of the store.
 */
@ApplicationScoped
public class CheckpointWriter {

    /** The advisory lock that lets one instance at a time write checkpoints ("dubanCkp" in ASCII). */
    private static final long LOCK = 0x647562616e436b70L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RawEventRows store;

    /** The checkpoint written, or empty when nothing settled is new (or another instance is writing). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Checkpoint> writeDue() {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return Optional.empty();
            }
            Optional<CheckpointTable.Last> previous = CheckpointTable.last(connection);
            long from = previous.map(CheckpointTable.Last::upToGlobalIndex).orElse(0L);
            long upTo = store.settledUpTo();
            if (upTo <= from) {
                return Optional.empty();
            }
            List<Head> changed = changedHeads(from, upTo);
            HeadsTable.upsert(connection, changed);
            String headsDigest = headsDigest(connection, changed);

            long number = previous.map(p -> p.number() + 1).orElse(1L);
            String prevHash = previous.map(CheckpointTable.Last::hash).orElse(Checkpoint.GENESIS);
            Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Checkpoint checkpoint = new Checkpoint(number, upTo, headsDigest, changed, prevHash,
                    Checkpoint.hashOf(number, upTo, headsDigest, changed, prevHash, createdAt), createdAt);
            CheckpointTable.insert(connection, checkpoint);
            return Optional.of(checkpoint);
        } catch (SQLException e) {
            throw new IllegalStateException("writing an audit checkpoint failed", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, LOCK);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** The last event of each aggregate among the global indexes (from, upTo], in {@link Head#ORDER}. */
    private List<Head> changedHeads(long from, long upTo) {
        List<Head> heads = new ArrayList<>();
        for (LastEvent last : store.lastEventsBetween(from, upTo)) {
            heads.add(new Head(last.aggregateId(), last.sequence(), last.hash(), last.globalIndex()));
        }
        heads.sort(Head.ORDER);
        return heads;
    }

    /** Recomputes the digests of the buckets that moved, then the digest over all buckets. */
    private static String headsDigest(Connection connection, List<Head> changed) throws SQLException {
        Set<Integer> buckets = changed.stream().map(h -> HeadsDigest.bucketOf(h.aggregateId()))
                .collect(Collectors.toSet());
        Map<Integer, List<Head>> heads = HeadsTable.headsIn(connection, buckets);
        Map<Integer, String> digests = new TreeMap<>();
        for (Integer bucket : buckets) {
            digests.put(bucket, HeadsDigest.bucket(heads.getOrDefault(bucket, List.of())));
        }
        HeadsTable.saveBucketDigests(connection, digests);
        return HeadsDigest.root(HeadsTable.bucketDigests(connection));
    }
}
