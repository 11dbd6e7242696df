package duban.notification.kafka;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import duban.events.Topics;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.events.notification.NotificationEvent;
import duban.events.notification.ReminderSent;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskCreated;
import duban.events.task.TaskUrged;
import duban.notification.MutableClock;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An urge reaches the notifications topic as the contract's CloudEvent, keyed by the unit urged, once. */
@QuarkusTest
class KafkaChannelTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String plan = "plan-" + suffix;
    private final String task = "task-" + suffix;
    private final String unit = "unit-" + suffix;

    @Test
    void anUrgeReachesTheTopicAsAValidCloudEventKeyedByTheUnit() {
        clock.set(shanghai("2017-11-07T10:00:01"));
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap);
             KafkaConsumer<String, byte[]> consumer = consumer()) {
            topic.write(new PlanRegistered(plan, "方案", null, null, LocalDate.parse("2017-11-01"), List.of(5, 20),
                    "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), shanghai("2017-11-07T09:00"));
            topic.write(new TaskCreated(task, plan, null, "二.(一).1", "培育高新技术企业", null, List.of(unit),
                    List.of(), null), shanghai("2017-11-07T09:00"));
            topic.write(new TaskUrged(task, List.of(unit), "请抓紧报送"), shanghai("2017-11-07T10:00"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> As.unit(unit)
                    .get("/api/v1/units/{u}/notifications", unit).then().statusCode(200).body("items", hasSize(1)));
            String reminderId = As.unit(unit).get("/api/v1/units/{u}/notifications", unit).then()
                    .extract().path("items[0].id");

            List<ConsumerRecord<String, byte[]>> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (unit.equals(record.key())) {
                        mine.add(record);
                    }
                });
                return !mine.isEmpty();
            });
            // a little longer: nothing else for this unit (sent once)
            consumer.poll(Duration.ofMillis(500)).forEach(record -> assertThat(record.key()).isNotEqualTo(unit));
            assertThat(mine).hasSize(1);

            ConsumerRecord<String, byte[]> record = mine.get(0);
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo(CloudEvent.STRUCTURED_CONTENT_TYPE);
            CloudEventCodec codec = new CloudEventCodec();
            CloudEvent envelope = codec.read(record.value());
            assertThat(envelope.type()).isEqualTo("duban.notification.reminder-sent.v1");
            assertThat(envelope.id()).isEqualTo(reminderId);
            assertThat(envelope.subject()).isEqualTo(unit);
            assertThat(envelope.source()).isEqualTo("/duban/notification-service");
            NotificationEvent notification = codec.notification(envelope).orElseThrow();
            assertThat(notification).isInstanceOf(ReminderSent.class);
            ReminderSent sent = (ReminderSent) notification;
            assertThat(sent.reminderId()).isEqualTo(reminderId);
            assertThat(sent.kind()).isEqualTo("URGED");
            assertThat(sent.taskId()).isEqualTo(task);
            assertThat(sent.taskCode()).isEqualTo("二.(一).1");
            assertThat(sent.planId()).isEqualTo(plan);
            assertThat(sent.recipient()).isEqualTo(unit);
            assertThat(sent.aboutUnit()).isEqualTo(unit);
            assertThat(sent.body()).isEqualTo("督查室催办「二.(一).1 培育高新技术企业」：请抓紧报送");
            assertThat(sent.sentAt()).isEqualTo(shanghai("2017-11-07T10:00:01"));
            assertThat(sent.late()).isFalse();
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "kafka-channel-test-" + suffix,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.NOTIFICATIONS));
        return consumer;
    }
}
