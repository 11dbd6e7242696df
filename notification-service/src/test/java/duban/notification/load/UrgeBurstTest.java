package duban.notification.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import duban.events.Topics;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskCreated;
import duban.events.task.TaskUrged;
import duban.notification.MutableClock;
import duban.testing.ledger.LedgerTopicWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A burst of urges through the inbox and Kafka in the test JVM: 200 tasks each urging 50 units, timed from the urges
 * written until all 10,000 are in the inboxes and on the notifications topic (target ≤ 10 s on a running stack; here
 * the broker, PostgreSQL and the test share the machine). Run on demand: {@code -Dduban.load=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "duban.load", matches = "true")
class UrgeBurstTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void tenThousandUrgesReachTheInboxesAndTheTopic() throws Exception {
        int tasks = Integer.getInteger("duban.load.tasks", 200);
        int units = Integer.getInteger("duban.load.units", 50);
        int expected = tasks * units;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String plan = "burst-" + suffix;
        List<String> unitIds = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            unitIds.add("burst-unit-" + u + "-" + suffix);
        }
        Instant written = LocalDateTime.parse("2017-11-07T09:00").atZone(SHANGHAI).toInstant();
        clock.set(LocalDateTime.parse("2017-11-07T10:00:01").atZone(SHANGHAI).toInstant());
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap);
             KafkaConsumer<String, byte[]> consumer = atTheEnd()) {
            topic.write(new PlanRegistered(plan, "催办压测", null, null, LocalDate.parse("2017-11-01"), List.of(5, 20),
                    "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), written);
            for (int t = 0; t < tasks; t++) {
                topic.write(new TaskCreated(plan + "-task-" + t, plan, null, "一." + (t + 1), "任务" + t, null,
                        unitIds, List.of(), null), written);
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> count("select count(*) from ledger_event where "
                    + "aggregate_id like ?", plan + "-task-%") >= tasks);

            long started = System.nanoTime();
            for (int t = 0; t < tasks; t++) {
                topic.write(new TaskUrged(plan + "-task-" + t, unitIds, "请于本周内报送进展"), written.plusSeconds(3600));
            }
            Duration inbox = null;
            Duration kafka = null;
            long onTopic = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while ((inbox == null || kafka == null) && System.nanoTime() < deadline) {
                if (inbox == null && count("select count(*) from reminder where kind = 'URGED' and plan_id = ?", plan)
                        >= expected) {
                    inbox = Duration.ofNanos(System.nanoTime() - started);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (new String(record.value(), StandardCharsets.UTF_8).contains(plan)) {
                        onTopic++;
                    }
                }
                if (kafka == null && onTopic >= expected) {
                    kafka = Duration.ofNanos(System.nanoTime() - started);
                }
            }
            System.out.printf(Locale.ROOT, "%,d urges (%d tasks × %d units): all in the inboxes after %s, all on %s "
                    + "after %s (%,d seen)%n", expected, tasks, units, seconds(inbox), Topics.NOTIFICATIONS,
                    seconds(kafka), onTopic);
            assertThat(inbox).isNotNull();
            assertThat(kafka).isNotNull();
        }
    }

    private static String seconds(Duration took) {
        return took == null ? "–" : String.format(Locale.ROOT, "%.2f s", took.toMillis() / 1000.0);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private KafkaConsumer<String, byte[]> atTheEnd() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !consumer.listTopics().getOrDefault(Topics.NOTIFICATIONS, List.of()).isEmpty());
        List<PartitionInfo> partitions = consumer.listTopics().get(Topics.NOTIFICATIONS);
        List<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position);
        return consumer;
    }
}
