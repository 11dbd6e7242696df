package duban.tasks.infrastructure.kafka;

import duban.testing.identity.As;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.Topics;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCreated;
import duban.tasks.RegisteredUnits;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.ledger.LedgerTopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class LedgerEventPublisherTest {

    /** The units the tasks here name must be in the directory (requests resolve them by name). */
    @BeforeEach
    void registerUnits() {
        RegisteredUnits.ensure("市科技局", "市发改委");
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void everyStoredEventReachesTheTopicAsACloudEventInOrder() {
        String taskId = As.supervisor().contentType(ContentType.JSON).body("""
                {"planId":"p1","code":"二.(一).1","title":"建设创新平台","leadUnitIds":["市科技局","市发改委"]}""")
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        As.unit(RegisteredUnits.id("市科技局")).contentType(ContentType.JSON).body("{\"unitId\":\"市科技局\",\"text\":\"第一次\"}")
                .post("/api/v1/tasks/" + taskId + "/reports").then().statusCode(201);
        As.unit(RegisteredUnits.id("市发改委")).contentType(ContentType.JSON).body("{\"unitId\":\"市发改委\",\"text\":\"第二次\"}")
                .post("/api/v1/tasks/" + taskId + "/reports").then().statusCode(201);

        List<ConsumerRecord<String, byte[]>> records = readUntil(taskId, 3, Duration.ofSeconds(20));

        assertThat(records).hasSize(3).allSatisfy(r -> assertThat(r.key()).isEqualTo(taskId));
        assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
        List<CloudEvent> envelopes = records.stream().map(r -> codec.read(r.value())).toList();
        assertThat(envelopes).extracting(CloudEvent::sequence).containsExactly(0L, 1L, 2L);
        assertThat(envelopes).extracting(CloudEvent::type).containsExactly("duban.task.created.v1",
                "duban.task.progress-reported.v1", "duban.task.progress-reported.v1");
        assertThat(envelopes).allSatisfy(e -> {
            assertThat(e.specVersion()).isEqualTo("1.0");
            assertThat(UUID.fromString(e.id())).isNotNull();
            assertThat(e.source()).isEqualTo("/duban/tasks-service");
            assertThat(e.subject()).isEqualTo(taskId);
            assertThat(e.time()).isNotNull();
            assertThat(e.globalIndex()).isPositive();
            assertThat(e.actorRole()).isNotBlank();
            assertThat(e.correlationId()).isNotBlank();
        });
        assertThat(envelopes.get(1).globalIndex()).isGreaterThan(envelopes.get(0).globalIndex());
        assertThat(codec.payload(envelopes.get(0))).get().isInstanceOfSatisfying(TaskCreated.class,
                created -> assertThat(created.title()).isEqualTo("建设创新平台"));
        assertThat(codec.payload(envelopes.get(2))).get().isInstanceOfSatisfying(ProgressReported.class,
                report -> assertThat(report.text()).isEqualTo("第二次"));
        assertThat(new String(records.get(0).headers().lastHeader("content-type").value()))
                .startsWith("application/cloudevents+json");
    }

    /**
     * Found by reading the topic back after a load run: under concurrent writes an event whose transaction committed
     * after a later one's was published with the later one's global index. Every record must carry its own row's.
     */
    @Test
    void underConcurrentWritesEveryRecordCarriesItsOwnRowsPositionInTheStore() throws Exception {
        List<String> taskIds = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                int section = writer + 1;
                done.add(writers.submit(() -> {
                    for (int task = 1; task <= 50; task++) {
                        Response answer = As.supervisor().contentType(ContentType.JSON).body("""
                                {"planId":"p-concurrent","code":"三.(%d).%d","title":"并发交办","leadUnitIds":["市科技局"]}"""
                                .formatted(section, task)).post("/api/v1/tasks");
                        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
                        taskIds.add(answer.path("id"));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }

        Map<String, StoredRow> stored = storedRows(taskIds);
        assertThat(stored).hasSize(8 * 50);
        Map<String, CloudEvent> published = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : readUntil(new HashSet<>(taskIds), stored.size(),
                Duration.ofSeconds(60))) {
            CloudEvent envelope = codec.read(record.value());
            published.putIfAbsent(envelope.id(), envelope);
        }

        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(stored.keySet());
        List<String> unlikeTheirRows = published.values().stream()
                .filter(e -> !new StoredRow(e.subject(), e.sequence(), e.globalIndex()).equals(stored.get(e.id())))
                .map(e -> e.id() + " published at " + e.globalIndex() + ", stored as " + stored.get(e.id()))
                .toList();
        assertThat(unlikeTheirRows).as("records unlike their rows in the store").isEmpty();
        assertThat(published.values().stream().map(CloudEvent::globalIndex).distinct()).hasSize(published.size());
    }

    private record StoredRow(String aggregateId, long sequence, long globalIndex) {
    }

    private Map<String, StoredRow> storedRows(List<String> aggregateIds) throws Exception {
        Map<String, StoredRow> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT event_identifier,"
                     + " aggregate_identifier, sequence_number, global_index FROM domain_event_entry"
                     + " WHERE aggregate_identifier = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1),
                            new StoredRow(result.getString(2), result.getLong(3), result.getLong(4)));
                }
            }
        }
        return rows;
    }

    @Test
    void theTopicKeepsEventsForever() throws Exception {
        As.supervisor().contentType(ContentType.JSON).body("""
                {"planId":"p1","code":"二.(一).2","title":"建设创新平台","leadUnitIds":["市科技局"]}""")
                .post("/api/v1/tasks").then().statusCode(201);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.LEDGER_EVENTS);
            String retention = admin.describeConfigs(List.of(topic)).all().get().get(topic)
                    .get("retention.ms").value();
            assertThat(retention).isEqualTo("-1");
            TopicDescription description = admin.describeTopics(List.of(Topics.LEDGER_EVENTS)).allTopicNames().get()
                    .get(Topics.LEDGER_EVENTS);
            assertThat(description.partitions()).isNotEmpty();
        }
    }

    private List<ConsumerRecord<String, byte[]>> readUntil(String key, int count, Duration timeout) {
        return readUntil(Set.of(key), count, timeout);
    }

    private List<ConsumerRecord<String, byte[]>> readUntil(Set<String> keys, int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = LedgerTopicReader.fromStart(bootstrap)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
