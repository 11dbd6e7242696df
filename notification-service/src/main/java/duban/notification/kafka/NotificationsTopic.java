package duban.notification.kafka;

import duban.events.envelope.CloudEventCodec;
import duban.notification.delivery.SentReminder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notifications topic and its producer: the topic created before the first record (a configurable partition
 * count), records written as the contract's CloudEvents with {@code acks=all} and idempotence.
 */
@ApplicationScoped
public class NotificationsTopic {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "duban.notifications.source", defaultValue = "/duban/notification-service")
    String source;

    @ConfigProperty(name = "duban.kafka.notifications-topic.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "duban.kafka.notifications-topic.replication-factor", defaultValue = "1")
    short replicationFactor;

    /** How long a record may take to be acknowledged; the dispatcher's timeout cuts a try earlier. */
    @ConfigProperty(name = "duban.kafka.send-timeout", defaultValue = "30s")
    Duration sendTimeout;

    private final CloudEventCodec codec = new CloudEventCodec();
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile boolean ensured;

    /** The record's value: the reminder as the contract's {@code ReminderSent} in its CloudEvents envelope. */
    byte[] envelope(SentReminder reminder) {
        return codec.write(codec.wrap(source, reminder.asEvent()));
    }

    /** Whether the topic was created and the producer exists: sending then blocks no more. */
    boolean ready() {
        return ensured && producer != null;
    }

    /** The producer, once the topic exists; blocks while it creates the topic the first time. */
    synchronized KafkaProducer<String, byte[]> producer(String topic) {
        if (!ensured) {
            ensureExists(topic);
            ensured = true;
        }
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis(),
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(sendTimeout.toMillis(), 15_000),
                    ProducerConfig.CLIENT_ID_CONFIG, "notification-service-reminders"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void ensureExists(String topic) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.of(replicationFactor))))
                    .all().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not answer while creating topic " + topic, e);
        }
    }

    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
