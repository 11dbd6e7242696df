package duban.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void restartsOnTheSameDataFolderAndKeepsATopicsRecords() throws Exception {
        String topic = "duban.test.kept";
        long firstPid;
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.builder(dataDir).port(0).start()) {
            firstPid = broker.pid();
            broker.createTopic(topic, 1, Map.of("retention.ms", "-1"));
            try (KafkaProducer<String, String> producer =
                    new KafkaProducer<>(KafkaBrokerTest.producerProperties(broker.bootstrapServers()))) {
                for (int i = 1; i <= 3; i++) {
                    producer.send(new ProducerRecord<>(topic, "task-" + i, "report " + i)).get(30, TimeUnit.SECONDS);
                }
            }
        }
        assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).as("first broker after close").isEmpty();
        assertThat(Files.readString(dataDir.resolve("logs/meta.properties")))
                .contains("cluster.id=" + KafkaBrokerProcess.CLUSTER_ID);

        try (KafkaBrokerProcess again = KafkaBrokerProcess.builder(dataDir).port(0).start()) {
            assertThat(again.pid()).isNotEqualTo(firstPid);
            assertThat(KafkaBrokerTest.consumeAll(again.bootstrapServers(), topic, 3))
                    .extracting(r -> r.key() + "=" + r.value())
                    .containsExactly("task-1=report 1", "task-2=report 2", "task-3=report 3");
            assertThat(again.logFile()).content().contains("Kafka Server started");
        }
    }
}
