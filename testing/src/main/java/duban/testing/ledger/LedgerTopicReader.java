package duban.testing.ledger;

import duban.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The ledger topic read as an outside consumer reads it: a group of its own, from the first record of each partition. */
public final class LedgerTopicReader {

    private LedgerTopicReader() {
    }

    /** A consumer subscribed to the ledger topic from its start; the caller polls and closes it. */
    public static KafkaConsumer<String, byte[]> fromStart(String bootstrapServers) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.LEDGER_EVENTS));
        return consumer;
    }
}
