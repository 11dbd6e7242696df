package duban.load;

import static org.assertj.core.api.Assertions.assertThat;

import duban.embedded.KafkaBroker;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lag a run reports is the real broker's: records on the topic not yet committed by each group. */
class ConsumerLagTest {

    private static final String TOPIC = "ledger-lag-test";
    private static KafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = KafkaBroker.start();
        broker.createTopic(TOPIC, 2, Map.of());
        broker.createTopic("elsewhere", 1, Map.of());
        Properties config = new Properties();
        config.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(TOPIC, 0, "k", "event " + i)).get();
            }
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>(TOPIC, 1, "k", "event " + i)).get();
            }
            producer.send(new ProducerRecord<>("elsewhere", 0, "k", "other")).get();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void eachGroupIsBehindByWhatItHasNotCommittedAndCatchesUpWhenItHas() throws Exception {
        commit("reporting", Map.of(new TopicPartition(TOPIC, 0), 1L));
        commit("notification", Map.of(new TopicPartition(TOPIC, 0), 3L, new TopicPartition(TOPIC, 1), 2L));
        commit("unrelated", Map.of(new TopicPartition("elsewhere", 0), 0L));

        try (ConsumerLag lag = new ConsumerLag(broker.bootstrapServers(), TOPIC)) {
            assertThat(lag.behind()).containsExactlyInAnyOrderEntriesOf(Map.of("reporting", 4L, "notification", 0L));
            assertThat(lag.awaitCaughtUp(Duration.ofMillis(600), behind -> { })).isNull();

            commit("reporting", Map.of(new TopicPartition(TOPIC, 0), 3L, new TopicPartition(TOPIC, 1), 2L));
            assertThat(lag.awaitCaughtUp(Duration.ofSeconds(30), behind -> { })).isNotNull();
        }
        assertThat(ConsumerLag.describe(Map.of("reporting", 1234L))).isEqualTo("reporting 1,234");
    }

    private static void commit(String group, Map<TopicPartition, Long> offsets) {
        Properties config = new Properties();
        config.put("bootstrap.servers", broker.bootstrapServers());
        config.put("group.id", group);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> commits = new java.util.HashMap<>();
            offsets.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(commits);
        }
    }
}
