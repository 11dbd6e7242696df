package duban.testing.infrastructure;

import duban.embedded.KafkaAdmin;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at a real Kafka broker running in the test JVM: one broker on free
 * ports for the whole JVM, shared by every test class and profile, stopped when the JVM exits.
 *
 * <p>Init args (optional): {@code topics}, comma-separated names created up front, with
 * {@code partitions} partitions each (default 1); {@code broker-log-level} (default WARN), the level of
 * the broker's own log categories in the application's logging, which would otherwise drown the
 * test output in broker INFO lines. Client categories ({@code org.apache.kafka.clients}) keep the
 * application's levels.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private List<String> topics = List.of();
    private int partitions = 1;
    private String brokerLogLevel = "WARN";

    /** Packages of the broker (and controller) only; the clients share none of them. */
    private static final List<String> BROKER_LOG_CATEGORIES = List.of("kafka", "state.change.logger",
            "org.apache.kafka.server", "org.apache.kafka.controller", "org.apache.kafka.raft",
            "org.apache.kafka.metadata", "org.apache.kafka.image", "org.apache.kafka.storage",
            "org.apache.kafka.coordinator", "org.apache.kafka.queue", "org.apache.kafka.snapshot");

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.getOrDefault("topics", "");
        topics = Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        partitions = Integer.parseInt(initArgs.getOrDefault("partitions", "1"));
        brokerLogLevel = initArgs.getOrDefault("broker-log-level", "WARN");
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = SharedInfrastructure.kafkaBootstrapServers();
        for (String topic : topics) {
            KafkaAdmin.createTopic(bootstrap, topic, partitions, Map.of());
        }
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", bootstrap);
        config.put("quarkus.kafka.devservices.enabled", "false");
        for (String category : BROKER_LOG_CATEGORIES) {
            config.put("quarkus.log.category.\"" + category + "\".level", brokerLogLevel);
        }
        return config;
    }

    /** The broker outlives this resource: the next test profile uses it again. */
    @Override
    public void stop() {
        // Stopped by the JVM shutdown hook of SharedInfrastructure.
    }
}
