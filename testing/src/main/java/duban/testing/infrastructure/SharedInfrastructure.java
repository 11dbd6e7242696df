package duban.testing.infrastructure;

import duban.embedded.KafkaBroker;
import duban.embedded.PostgresServer;

/**
 * One Kafka broker and one PostgreSQL per JVM, started on first use and stopped by a JVM shutdown
 * hook, for the Quarkus test resources.
 *
 * <p>Why system properties: Quarkus restarts the application for each test profile and may load
 * this class again in a new class loader each time, so a plain static field would start the
 * infrastructure once per class loader. The address of what runs is therefore kept where every class
 * loader sees it (system properties), and the lock is a string literal, which the JVM interns once
 * for all class loaders.
 */
final class SharedInfrastructure {

    static final String KAFKA_BOOTSTRAP = "duban.testing.shared.kafka.bootstrap-servers";
    static final String POSTGRES_URL = "duban.testing.shared.postgres.admin-url";
    static final String POSTGRES_USER = "duban.testing.shared.postgres.user";
    static final String POSTGRES_PASSWORD = "duban.testing.shared.postgres.password";

    private static final String LOCK = "duban.testing.SharedInfrastructure.lock";

    private SharedInfrastructure() {
    }

    /** The shared broker's bootstrap servers, starting the broker if this JVM has none yet. */
    static String kafkaBootstrapServers() {
        synchronized (LOCK) {
            String running = System.getProperty(KAFKA_BOOTSTRAP);
            if (running != null) {
                return running;
            }
            KafkaBroker broker;
            try (QuietLogging quiet = QuietLogging.of("kafka", "org.apache.kafka")) {
                broker = KafkaBroker.start();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-shared-kafka-broker"));
            System.setProperty(KAFKA_BOOTSTRAP, broker.bootstrapServers());
            return broker.bootstrapServers();
        }
    }

    /**
     * The shared PostgreSQL as seen from the caller's class loader (a connection that stops
     * nothing), starting the server if this JVM has none yet.
     */
    static PostgresServer postgres() {
        synchronized (LOCK) {
            if (System.getProperty(POSTGRES_URL) == null) {
                PostgresServer server = PostgresServer.start();
                if (!server.isExternal()) {
                    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-shared-postgres"));
                }
                System.setProperty(POSTGRES_URL, server.adminJdbcUrl());
                System.setProperty(POSTGRES_USER, server.username());
                System.setProperty(POSTGRES_PASSWORD, server.password());
            }
            return PostgresServer.connect(System.getProperty(POSTGRES_URL), System.getProperty(POSTGRES_USER),
                    System.getProperty(POSTGRES_PASSWORD));
        }
    }
}
