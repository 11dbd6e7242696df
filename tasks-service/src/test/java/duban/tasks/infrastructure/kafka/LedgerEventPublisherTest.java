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
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LEDGER_EVENTS));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
