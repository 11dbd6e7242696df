package duban.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running inside this JVM on
 * free loopback ports: for tests.
 *
 * <p>This is the only class that touches Kafka's internal server API ({@code KafkaRaftServer},
 * {@code KafkaConfig}, {@code StorageTool}) of the pinned Kafka 4.1.2; everything else here speaks
 * through {@code kafka-clients}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int START_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean deleteOnClose;
    private boolean closed;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers, int port, int controllerPort, Path logDir,
                        boolean deleteOnClose) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
    }

    /** Starts a broker in a new temporary log folder, deleted on {@link #close()}. */
    public static KafkaBroker start() {
        return start(Directories.createTemp("duban-kafka-"), true);
    }

    /**
     * Starts a broker on the given log folder, which is kept: formatted when it has no
     * {@code meta.properties} yet, reused as it is otherwise.
     */
    public static KafkaBroker start(Path logDir) {
        return start(Directories.createIfMissing(logDir), false);
    }

    /**
     * Starts a broker on a kept log folder and on the given ports, once: to start a broker again (after
     * {@link #close()}) where its clients look for it, with what it held ({@link #port()} and
     * {@link #controllerPort()} of the one before).
     */
    public static KafkaBroker start(Path logDir, int port, int controllerPort) {
        return startOn(Directories.createIfMissing(logDir), port, controllerPort, false, System.nanoTime());
    }

    private static KafkaBroker start(Path logDir, boolean deleteOnClose) {
        long began = System.nanoTime();
        RuntimeException lastFailure = null;
        // Free ports are found, released, then bound by Kafka: another process can win that race.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int[] ports = FreePorts.findTwo();
            try {
                return startOn(logDir, ports[0], ports[1], deleteOnClose, began);
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.log(System.Logger.Level.WARNING, "Kafka broker start attempt " + attempt + " failed", e);
            }
        }
        if (deleteOnClose) {
            Directories.deleteRecursively(logDir);
        }
        throw new IllegalStateException("Kafka broker did not start after " + START_ATTEMPTS + " attempts", lastFailure);
    }

    private static KafkaBroker startOn(Path logDir, int port, int controllerPort, boolean deleteOnClose, long began) {
        Properties props = BrokerConfig.combinedNode(logDir, port, controllerPort, true);
        String bootstrap = FreePorts.LOOPBACK + ":" + port;
        KafkaRaftServer server = null;
        try {
            formatIfNeeded(logDir, props);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            KafkaAdmin.awaitReady(bootstrap, READY_TIMEOUT, () -> "");
            long millis = (System.nanoTime() - began) / 1_000_000;
            LOG.log(System.Logger.Level.INFO, () -> "Kafka broker ready at " + bootstrap + " in " + millis
                    + " ms (log folder " + logDir + ")");
            return new KafkaBroker(server, bootstrap, port, controllerPort, logDir, deleteOnClose);
        } catch (RuntimeException e) {
            if (server != null) {
                stop(server);
            }
            throw e;
        }
    }

    /** Formats the storage exactly once: a formatted folder keeps its cluster id and its data. */
    private static void formatIfNeeded(Path logDir, Properties props) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path configFile = null;
        try {
            configFile = Files.createTempFile("duban-kafka-format-", ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "format only");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                exit = StorageTool.execute(new String[] {
                    "format", "--cluster-id", BrokerConfig.CLUSTER_ID, "--config", configFile.toString()
                }, print);
            }
            if (exit != 0) {
                throw new IllegalStateException("formatting Kafka storage in " + logDir + " failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format Kafka storage in " + logDir, e);
        } finally {
            if (configFile != null) {
                configFile.toFile().delete();
            }
        }
    }

    /** {@code host:port} for a client's {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The port clients connect to. */
    public int port() {
        return port;
    }

    /** The KRaft controller's port. */
    public int controllerPort() {
        return controllerPort;
    }

    /** The broker's log folder. */
    public Path logDir() {
        return logDir;
    }

    /** Creates a topic (replication factor 1) unless it exists already; {@code configs} as in {@code kafka-configs}. */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        KafkaAdmin.createTopic(bootstrapServers, name, partitions, configs);
    }

    /** Stops the broker and waits for it; deletes the log folder when it was a temporary one. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(server);
        if (deleteOnClose) {
            Directories.deleteRecursively(logDir);
        }
    }

    private static void stop(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Kafka broker did not shut down cleanly", e);
        }
    }
}
