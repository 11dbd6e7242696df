package duban.embedded;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What both brokers ask through the public Admin client: readiness and topic creation. Topic creation is public
 * for a broker known only by its address, such as the one a test JVM shares across class loaders.
 */
public final class KafkaAdmin {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private KafkaAdmin() {
    }

    /** Something that may die while we wait for it, such as a broker process. */
    interface Liveness {
        /** Empty while alive; otherwise why it is not, which ends the wait. */
        String deathNotice();
    }

    /**
     * Returns once a client fetches cluster metadata naming at least one broker: only then can a
     * producer or an admin call succeed.
     */
    static void awaitReady(String bootstrapServers, Duration timeout, Liveness liveness) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(clientProperties(bootstrapServers, PROBE_TIMEOUT))) {
            while (System.nanoTime() < deadline) {
                String death = liveness.deathNotice();
                if (!death.isEmpty()) {
                    throw new IllegalStateException("Kafka broker at " + bootstrapServers + " died while starting: " + death);
                }
                try {
                    Collection<Node> nodes = admin.describeCluster().nodes()
                            .get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
                sleep(Duration.ofMillis(100));
            }
        }
        throw new IllegalStateException("Kafka broker at " + bootstrapServers + " not ready after " + timeout, last);
    }

    /** Creates the topic; a topic that already exists is fine, whatever its settings. */
    public static void createTopic(String bootstrapServers, String name, int partitions, Map<String, String> configs) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(Map.copyOf(configs));
        try (Admin admin = Admin.create(clientProperties(bootstrapServers, Duration.ofSeconds(30)))) {
            admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + name + ": timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
    }

    private static Properties clientProperties(String bootstrapServers, Duration requestTimeout) {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(requestTimeout.toMillis()));
        p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(requestTimeout.toMillis()));
        p.setProperty(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        return p;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
