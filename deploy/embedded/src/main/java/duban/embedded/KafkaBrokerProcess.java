package duban.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) as its own JVM, for the local
 * run: {@code java -cp <this JVM's class path> kafka.Kafka <data>/server.properties}.
 *
 * <p>The data folder is the caller's and persists across restarts. Layout: {@code server.properties}
 * (written on every start), {@code logs/} (Kafka's log folder, formatted once, when its
 * {@code meta.properties} is missing, with the fixed cluster id {@link #CLUSTER_ID}) and
 * {@code broker.log} (the broker's output, appended). {@link #close()} stops exactly the process
 * started here.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** The cluster id of every storage formatted here; fixed so that restarts find their data. */
    public static final String CLUSTER_ID = BrokerConfig.CLUSTER_ID;

    /** Kafka's customary port, the default. */
    public static final int DEFAULT_PORT = 9092;

    private static final System.Logger LOG = System.getLogger(KafkaBrokerProcess.class.getName());
    private static final int LOG_TAIL_BYTES = 6000;

    private final Process process;
    private final String bootstrapServers;
    private final Path dataDir;
    private final Duration stopGrace;
    private final Thread shutdownHook;

    private KafkaBrokerProcess(Process process, String bootstrapServers, Path dataDir, Duration stopGrace,
            Thread shutdownHook) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.stopGrace = stopGrace;
        this.shutdownHook = shutdownHook;
    }

    /** A broker on {@code dataDir}, port {@value #DEFAULT_PORT} unless the builder says otherwise. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** {@code host:port} for a client's {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker process' id, for operators; stop it with {@link #close()}. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The file the broker's output goes to. */
    public Path logFile() {
        return logFile(dataDir);
    }

    /** Creates a topic (replication factor 1) unless it exists already. */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        KafkaAdmin.createTopic(bootstrapServers, name, partitions, configs);
    }

    /**
     * Stops the broker: asks politely (SIGTERM, so Kafka shuts down cleanly), then forcibly after the
     * grace period.
     */
    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or about to: stopping twice is harmless.
            }
        }
        stop(process, stopGrace);
    }

    private static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, () -> "Kafka broker pid " + process.pid() + " ignored SIGTERM for "
                        + grace + "; killing it");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path logFile(Path dataDir) {
        return dataDir.resolve("broker.log");
    }

    /** Options of a broker process; {@link #start()} launches it and waits until it serves. */
    public static final class Builder {

        private final Path dataDir;
        private int port = DEFAULT_PORT;
        private int controllerPort;
        private Duration startupTimeout = Duration.ofSeconds(90);
        private Duration stopGrace = Duration.ofSeconds(30);
        private String classpath = System.getProperty("java.class.path");
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xms128m", "-Xmx512m"));
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private boolean stopOnJvmExit = true;

        private Builder(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath();
        }

        /** The client port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The controller port; 0 (the default) picks a free one on every start. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        /** How long {@link #close()} waits after SIGTERM before killing the process. */
        public Builder stopGrace(Duration stopGrace) {
            this.stopGrace = stopGrace;
            return this;
        }

        /** The class path of the broker JVM; it needs {@code kafka_2.13} and this module. Default: this JVM's. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Replaces the broker JVM's options (default {@code -Xms128m -Xmx512m}). */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.clear();
            jvmOptions.addAll(options);
            return this;
        }

        /** Sets one broker property over the generated ones, e.g. {@code log.retention.hours}. */
        public Builder config(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** Whether a shutdown hook of this JVM stops the broker (default true). */
        public Builder stopOnJvmExit(boolean stopOnJvmExit) {
            this.stopOnJvmExit = stopOnJvmExit;
            return this;
        }

        /** Formats the storage if needed, starts the broker and returns once a client can use it. */
        public KafkaBrokerProcess start() {
            long began = System.nanoTime();
            Directories.createIfMissing(dataDir);
            Path logDir = Directories.createIfMissing(dataDir.resolve("logs"));
            int clientPort = port == 0 ? FreePorts.find() : port;
            int ctlPort = controllerPort == 0 ? FreePorts.find() : controllerPort;
            if (FreePorts.isListening(clientPort)) {
                throw new IllegalStateException("port " + clientPort + " is taken: is another broker running?");
            }
            Properties props = BrokerConfig.combinedNode(logDir, clientPort, ctlPort, false);
            overrides.forEach(props::setProperty);
            Path config = writeConfig(props);
            Path log = logFile(dataDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(config, log);
            }
            Process process = launch(List.of("kafka.Kafka", config.toString()), log);
            String bootstrap = FreePorts.LOOPBACK + ":" + clientPort;
            try {
                KafkaAdmin.awaitReady(bootstrap, startupTimeout, () -> process.isAlive() ? ""
                        : "exit code " + process.exitValue() + "; end of " + log + ":\n" + tail(log));
            } catch (RuntimeException e) {
                stop(process, stopGrace);
                throw e;
            }
            Thread hook = null;
            if (stopOnJvmExit) {
                hook = new Thread(() -> stop(process, stopGrace), "stop-kafka-broker-" + process.pid());
                Runtime.getRuntime().addShutdownHook(hook);
            }
            long millis = (System.nanoTime() - began) / 1_000_000;
            LOG.log(System.Logger.Level.INFO, () -> "Kafka broker pid " + process.pid() + " ready at " + bootstrap
                    + " in " + millis + " ms (data " + dataDir + ")");
            return new KafkaBrokerProcess(process, bootstrap, dataDir, stopGrace, hook);
        }

        private Path writeConfig(Properties props) {
            Path config = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "generated by " + KafkaBrokerProcess.class.getName() + " on every start");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + config, e);
            }
            return config;
        }

        private void format(Path config, Path log) {
            Process formatter = launch(List.of("kafka.tools.StorageTool", "format",
                    "--cluster-id", CLUSTER_ID, "--config", config.toString()), log);
            try {
                if (!formatter.waitFor(startupTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    formatter.destroyForcibly();
                    throw new IllegalStateException("formatting Kafka storage timed out; see " + log);
                }
            } catch (InterruptedException e) {
                formatter.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while formatting Kafka storage", e);
            }
            if (formatter.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed (exit " + formatter.exitValue()
                        + "); end of " + log + ":\n" + tail(log));
            }
        }

        private Process launch(List<String> mainAndArgs, Path log) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Dslf4j.provider=" + BrokerProcessLogProvider.class.getName());
            command.add("-cp");
            command.add(classpath);
            command.addAll(mainAndArgs);
            try {
                return new ProcessBuilder(command)
                        .directory(dataDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + command.get(0), e);
            }
        }
    }

    /** The end of the log, where a failed start explains itself; the file itself may be large. */
    private static String tail(Path log) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, file.length() - LOG_TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
