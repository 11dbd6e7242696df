package duban.testing.ledger;

import duban.events.LedgerEvent;
import duban.events.Topics;
import duban.events.envelope.Actor;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.events.envelope.EventMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes ledger events to the topic exactly as tasks-service does (CloudEvents envelope, key =
 * aggregate id, per-aggregate sequence), so a consumer's tests feed it real records over a real
 * broker. Test support only.
 */
public final class LedgerTopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final Map<String, Long> sequences = new HashMap<>();
    private long globalIndex;

    public LedgerTopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Wraps and sends the event with the next sequence of its aggregate; returns the envelope sent. */
    public CloudEvent write(LedgerEvent event) {
        return write(event, Instant.now());
    }

    /** As {@link #write(LedgerEvent)}, for an event that happened at {@code now}. */
    public CloudEvent write(LedgerEvent event, Instant now) {
        CloudEvent envelope = wrap(event, now);
        send(envelope);
        return envelope;
    }

    /** As {@link #write(LedgerEvent)}, carrying a W3C {@code traceparent} as the producer's publish span would. */
    public CloudEvent writeTraced(LedgerEvent event, String traceparent) {
        CloudEvent envelope = wrap(event, Instant.now()).withTrace(traceparent, null);
        send(envelope);
        return envelope;
    }

    private CloudEvent wrap(LedgerEvent event, Instant now) {
        long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
        return codec.wrap(UUID.randomUUID().toString(), "/duban/test", event,
                new EventMetadata(new Actor("tester", null, "supervisor"), now, now, "test", null, null),
                sequence, ++globalIndex);
    }

    /** Sends an envelope as it is: to test redelivery of the same event, or records a producer got wrong. */
    public void send(CloudEvent envelope) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.LEDGER_EVENTS, envelope.subject(),
                codec.write(envelope));
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** Sends arbitrary bytes under a key. */
    public void sendRaw(String key, byte[] value) {
        send(new ProducerRecord<>(Topics.LEDGER_EVENTS, key, value));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the record", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
