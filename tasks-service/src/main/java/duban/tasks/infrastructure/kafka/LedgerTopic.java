package duban.tasks.infrastructure.kafka;

import duban.events.Topics;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the ledger topic before the first event is published: unlimited retention (the topic is
 * the consumers' replay source), a configurable partition count. A broker's auto-created topic
 * would carry the default seven-day retention, so this must happen first.
 */
@Singleton
public class LedgerTopic {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "duban.kafka.ledger-topic.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "duban.kafka.ledger-topic.replication-factor", defaultValue = "1")
    short replicationFactor;

    private volatile boolean ensured;

    public String name() {
        return Topics.LEDGER_EVENTS;
    }

    /** Makes sure the topic exists; throws when the broker cannot be reached, so the caller retries. */
    public void ensureExists() {
        if (ensured) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            NewTopic topic = new NewTopic(name(), Optional.of(partitions), Optional.of(replicationFactor))
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
            admin.createTopics(java.util.List.of(topic)).all().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not answer while creating topic " + name(), e);
        }
        ensured = true;
    }
}
