package duban.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBrokerAndCheckItIsGone() {
        Path logDir = broker.logDir();
        int port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));
        broker.close();
        assertThat(FreePorts.isListening(port)).as("broker port after close").isFalse();
        assertThat(Files.exists(logDir)).as("temporary log folder after close").isFalse();
    }

    @Test
    void aProducedRecordIsConsumed() throws Exception {
        broker.createTopic("duban.test.roundtrip", 1, Map.of());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties(broker.bootstrapServers()))) {
            producer.send(new ProducerRecord<>("duban.test.roundtrip", "task-1", "进展情况: 已完成")).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, String>> records = consumeAll(broker.bootstrapServers(), "duban.test.roundtrip", 1);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("task-1");
            assertThat(r.value()).isEqualTo("进展情况: 已完成");
        });
    }

    @Test
    void createsATopicWithUnlimitedRetentionAndAcceptsItAgain() throws Exception {
        broker.createTopic("duban.test.ledger", 3, Map.of("retention.ms", "-1"));
        broker.createTopic("duban.test.ledger", 3, Map.of("retention.ms", "-1"));

        Properties props = new Properties();
        props.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "duban.test.ledger");
            Config config = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            int partitions = admin.describeTopics(List.of("duban.test.ledger")).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get("duban.test.ledger").partitions().size();
            assertThat(partitions).isEqualTo(3);
        }
    }

    static Properties producerProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        props.setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.setProperty(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.setProperty(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    /** Reads the topic from the beginning until {@code expected} records arrived or 30 s passed. */
    static List<ConsumerRecord<String, String>> consumeAll(String bootstrapServers, String topic, int expected) {
        Properties props = new Properties();
        props.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.setProperty(ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime());
        props.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.setProperty(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.setProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
