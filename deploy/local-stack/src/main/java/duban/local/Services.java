package duban.local;

import duban.embedded.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The three services as processes on one PostgreSQL server (a database each) and one broker.
 * tasks-service starts first: it creates the ledger topic the others consume.
 */
public final class Services implements AutoCloseable {

    public static final String TASKS = "tasks-service";
    public static final String REPORTING = "reporting-service";
    public static final String NOTIFICATION = "notification-service";

    /** The database each service keeps its tables in (one PostgreSQL server holds the three). */
    private static final Map<String, String> DATABASES = Map.of(TASKS, "tasks", REPORTING, "reporting",
            NOTIFICATION, "notification");

    private final List<ServiceProcess> started = new ArrayList<>();
    private final Map<String, Duration> readyAfter = new LinkedHashMap<>();

    /** Ports of the three services. */
    public record Ports(int tasks, int reporting, int notification) {
    }

    private Services() {
    }

    /**
     * Starts tasks-service and, when {@code withReadModels}, reporting-service and notification-service; without
     * them, the ledger topic keeps what they would read, and they catch up whenever they start. {@code shared} is
     * configuration every one of them gets (the identity provider's key, the profile).
     */
    public static Services start(Path home, Path logs, PostgresServer postgres, String bootstrapServers, Ports ports,
                                 Map<String, String> shared, Duration timeout, boolean withReadModels) {
        Services services = new Services();
        try {
            ServiceProcess tasks = services.launch(home, TASKS, ports.tasks(),
                    with(shared, jdbcConfig(postgres, DATABASES.get(TASKS), bootstrapServers)), heap(TASKS, "512m"), logs);
            services.readyAfter.put(TASKS, tasks.awaitReady(timeout));
            if (!withReadModels) {
                return services;
            }
            ServiceProcess reporting = services.launch(home, REPORTING, ports.reporting(),
                    with(shared, reactiveConfig(postgres, DATABASES.get(REPORTING), bootstrapServers)), heap(REPORTING, "384m"), logs);
            ServiceProcess notification = services.launch(home, NOTIFICATION, ports.notification(),
                    with(shared, reactiveConfig(postgres, DATABASES.get(NOTIFICATION), bootstrapServers)), heap(NOTIFICATION, "384m"), logs);
            CompletableFuture<Duration> reportingReady = CompletableFuture.supplyAsync(() -> reporting.awaitReady(timeout));
            services.readyAfter.put(NOTIFICATION, notification.awaitReady(timeout));
            services.readyAfter.put(REPORTING, reportingReady.join());
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Starts one more instance of a service on the same database and broker as the first, as it would run behind a
     * load balancer: a read side's replicas share its tables and its consumer group; a second tasks-service shares
     * the event store and the publisher's token (its segment is claimed by one instance at a time). Its log goes to
     * {@code logs}.
     */
    public ServiceProcess startReplica(Path home, Path logs, PostgresServer postgres, String bootstrapServers,
                                       String name, int port, Map<String, String> shared, Duration timeout) {
        return startOn(home, logs, postgres, bootstrapServers, name, DATABASES.get(name), port, shared, timeout);
    }

    /**
     * Starts an instance of a service on a database of its own (created when missing) rather than its usual one: with
     * a consumer group of its own in {@code config}, a read side that sees the same ledger but keeps apart what it
     * makes of it (a rehearsal next to the real one, say).
     */
    public ServiceProcess startOn(Path home, Path logs, PostgresServer postgres, String bootstrapServers,
                                  String name, String database, int port, Map<String, String> config,
                                  Duration timeout) {
        if (!DATABASES.containsKey(name)) {
            throw new IllegalArgumentException("no such service: " + name);
        }
        Map<String, String> own = name.equals(TASKS) ? jdbcConfig(postgres, database, bootstrapServers)
                : reactiveConfig(postgres, database, bootstrapServers);
        ServiceProcess process = launch(home, name, port, with(config, own),
                heap(name, name.equals(TASKS) ? "512m" : "384m"), logs);
        readyAfter.put(name + "#" + port, process.awaitReady(timeout));
        return process;
    }

    /** Stops one process this started (a replica, say) before the rest. */
    public void stop(ServiceProcess process) {
        if (started.remove(process)) {
            process.close();
        }
    }

    /**
     * Starts a process this started again after it ended (killed, say), on the same port and configuration, and
     * waits until it is ready; the new process takes the old one's place.
     */
    public ServiceProcess restart(ServiceProcess ended, Duration timeout) {
        int at = started.indexOf(ended);
        if (at < 0) {
            throw new IllegalArgumentException(ended.name() + " was not started here");
        }
        ServiceProcess fresh = ended.relaunch();
        started.set(at, fresh);
        readyAfter.put(ended.name() + "#restart", fresh.awaitReady(timeout));
        return fresh;
    }

    /**
     * The heap a service gets: {@code fallback}, or {@code DUBAN_<SERVICE>_HEAP} from the environment (for example
     * {@code DUBAN_REPORTING_SERVICE_HEAP=2g}) for a ledger larger than the demo's: the read sides hold the ledger in
     * memory, twice for a while during a rebuild.
     */
    static List<String> heap(String service, String fallback) {
        String variable = "DUBAN_" + service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_HEAP";
        String size = System.getenv().getOrDefault(variable, fallback).strip();
        if (!size.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException(variable + " is a heap size such as 512m or 2g, not " + size);
        }
        return List.of("-Xms64m", "-Xmx" + size);
    }

    private ServiceProcess launch(Path home, String name, int port, Map<String, String> config, List<String> jvm,
                                  Path logs) {
        ServiceProcess process = ServiceProcess.start(home, name, port, config, jvm, logs.resolve(name + ".log"));
        started.add(process);
        return process;
    }

    private static Map<String, String> with(Map<String, String> shared, Map<String, String> own) {
        Map<String, String> config = new LinkedHashMap<>(shared);
        config.putAll(own);
        return config;
    }

    private static Map<String, String> jdbcConfig(PostgresServer postgres, String database, String bootstrap) {
        postgres.ensureDatabase(database);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", bootstrap);
        return config;
    }

    private static Map<String, String> reactiveConfig(PostgresServer postgres, String database, String bootstrap) {
        Map<String, String> config = jdbcConfig(postgres, database, bootstrap);
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        return config;
    }

    public List<ServiceProcess> processes() {
        return List.copyOf(started);
    }

    public ServiceProcess get(String name) {
        return find(name).orElseThrow();
    }

    /** The service of that name, when it was started. */
    public Optional<ServiceProcess> find(String name) {
        return started.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Map<String, Duration> readyAfter() {
        return Map.copyOf(readyAfter);
    }

    /** Stops the services in reverse order of start. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
