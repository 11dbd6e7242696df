package duban.local;

import duban.embedded.PostgresServer;
import duban.events.Topics;
import duban.events.envelope.CloudEventCodec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The three places an event lives, read independently of the services: the event store (tasks database), the
 * ledger topic (a plain consumer reading every partition from its start to its end) and each consumer's applied
 * events ({@code ledger_event} in the reporting and notification databases).
 */
final class LedgerCounts {

    private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");
    private static final Pattern REPORT_MARK = Pattern.compile("进展-[0-9a-f-]{36}");

    private final PostgresServer postgres;
    private final String bootstrapServers;

    LedgerCounts(PostgresServer postgres, String bootstrapServers) {
        this.postgres = postgres;
        this.bootstrapServers = bootstrapServers;
    }

    /** What the topic holds: every record, and the distinct CloudEvent ids among them. */
    record Topic(long records, Set<String> ids) {
        long duplicates() {
            return records - ids.size();
        }
    }

    /** The ids of every event in the store. */
    Set<String> storeIds() throws SQLException {
        return ids("tasks", "select event_identifier from domain_event_entry");
    }

    /** The ids of every event a consuming service applied. */
    Set<String> appliedIds(String database) throws SQLException {
        return ids(database, "select event_id from ledger_event");
    }

    /**
     * Aggregates whose sequence numbers are not exactly 0..n-1 (a gap, a duplicate, or not starting at 0): none in a
     * sound store.
     */
    List<String> aggregatesWithBrokenSequences() throws SQLException {
        return new ArrayList<>(ids("tasks", """
                select aggregate_identifier from domain_event_entry group by aggregate_identifier
                having count(*) <> max(sequence_number) + 1 or min(sequence_number) <> 0
                    or count(distinct sequence_number) <> count(*)"""));
    }

    /** How often each report mark (the unique text the load writes) is in the store's payloads of these tasks. */
    Map<String, Integer> reportMarks(List<String> taskIds) throws SQLException {
        Map<String, Integer> marks = new HashMap<>();
        try (Connection connection = connect("tasks");
             PreparedStatement query = connection.prepareStatement(
                     "select payload from domain_event_entry where aggregate_identifier = any (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", taskIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher mark = REPORT_MARK.matcher(rows.getString(1));
                    while (mark.find()) {
                        marks.merge(mark.group(), 1, Integer::sum);
                    }
                }
            }
        }
        return marks;
    }

    /** The sequence numbers one aggregate's events carry, in order. */
    List<Long> sequences(String aggregateId) throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (Connection connection = connect("tasks");
             PreparedStatement query = connection.prepareStatement("select sequence_number from domain_event_entry "
                     + "where aggregate_identifier = ? order by sequence_number")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getLong(1));
                }
            }
        }
        return sequences;
    }

    /**
     * How far the Kafka publisher has published, by its tracking token in the store (the highest global index it
     * has sent and had acknowledged; -1 before its first batch).
     */
    long publisherPosition() throws SQLException {
        try (Connection connection = connect("tasks");
             PreparedStatement query = connection.prepareStatement(
                     "select token from token_entry where processor_name = 'kafka-publisher' and segment = 0");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next() || rows.getString(1) == null) {
                return -1;
            }
            Matcher index = TOKEN_INDEX.matcher(rows.getString(1));
            if (!index.find()) {
                throw new IllegalStateException("the publisher's token has no index: " + rows.getString(1));
            }
            return Long.parseLong(index.group(1));
        }
    }

    /**
     * The reminders a notification database sent to one recipient that fell due in [from, to), each as
     * "kind task subject due-instant".
     */
    List<String> reminders(String database, String recipient, Instant from, Instant to) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = connect(database);
             PreparedStatement query = connection.prepareStatement("select kind, task_id, subject, due_at from reminder "
                     + "where recipient = ? and due_at >= ? and due_at < ?")) {
            query.setString(1, recipient);
            query.setObject(2, from.atOffset(ZoneOffset.UTC));
            query.setObject(3, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getObject(4, OffsetDateTime.class).toInstant());
                }
            }
        }
        return keys;
    }

    long count(String database, String sql) throws SQLException {
        try (Connection connection = connect(database);
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Reads every partition of the ledger topic from its start to its end as they are now. */
    Topic topic() {
        CloudEventCodec codec = new CloudEventCodec();
        long records = 0;
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.LEDGER_EVENTS, Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!caughtUp(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read the ledger topic to its end within 30 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    ids.add(codec.read(record.value()).id());
                }
            }
        }
        return new Topic(records, ids);
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Set<String> ids(String database, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = connect(database);
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
