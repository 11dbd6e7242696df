package duban.tasks.audit.checkpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checkpoint writer's working state: every aggregate's head as of the latest checkpoint
 * ({@code audit_chain_head}) and each bucket's digest ({@code audit_head_bucket}). It saves the
 * writer a scan of the whole store per checkpoint; nothing is trusted from it in verification,
 * which rebuilds the heads from the events.
 */
final class HeadsTable {

    private HeadsTable() {
    }

    static void upsert(Connection connection, List<Head> heads) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO audit_chain_head (aggregate_identifier, bucket, sequence_number, hash, global_index)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (aggregate_identifier) DO UPDATE SET sequence_number = excluded.sequence_number,
                    hash = excluded.hash, global_index = excluded.global_index""")) {
            for (Head head : heads) {
                statement.setString(1, head.aggregateId());
                statement.setShort(2, (short) HeadsDigest.bucketOf(head.aggregateId()));
                statement.setLong(3, head.sequence());
                statement.setString(4, head.hash());
                statement.setLong(5, head.globalIndex());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The heads in the given buckets, each bucket's heads in {@link Head#ORDER}. */
    static Map<Integer, List<Head>> headsIn(Connection connection, Set<Integer> buckets) throws SQLException {
        Map<Integer, List<Head>> byBucket = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT bucket, aggregate_identifier, sequence_number, hash, global_index FROM audit_chain_head"
                        + " WHERE bucket = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("smallint", buckets.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byBucket.computeIfAbsent((int) rows.getShort(1), b -> new ArrayList<>())
                            .add(new Head(rows.getString(2), rows.getLong(3), rows.getString(4), rows.getLong(5)));
                }
            }
        }
        // Sorted here, not by SQL: the database's collation is not the canonical byte order.
        byBucket.values().forEach(heads -> heads.sort(Head.ORDER));
        return byBucket;
    }

    static void saveBucketDigests(Connection connection, Map<Integer, String> digests) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO audit_head_bucket (bucket, digest) VALUES (?, ?)
                ON CONFLICT (bucket) DO UPDATE SET digest = excluded.digest""")) {
            for (Map.Entry<Integer, String> digest : digests.entrySet()) {
                statement.setShort(1, digest.getKey().shortValue());
                statement.setString(2, digest.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** All 256 bucket digests; a bucket never written is empty. */
    static String[] bucketDigests(Connection connection) throws SQLException {
        String[] digests = new String[HeadsDigest.BUCKETS];
        Arrays.fill(digests, HeadsDigest.EMPTY_BUCKET);
        try (PreparedStatement statement = connection.prepareStatement("SELECT bucket, digest FROM audit_head_bucket");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                digests[rows.getShort(1)] = rows.getString(2);
            }
        }
        return digests;
    }
}
