package duban.local;

import duban.embedded.KafkaBrokerProcess;
import duban.embedded.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The local run: {@code up [--reset] [--tasks-only]} starts PostgreSQL, the broker and the three services
 * (with {@code --tasks-only}, tasks-service alone: the read models as if they ran on other machines, for the
 * benchmark) with data kept under {@code .local/}, loads the demo plan once, prints where everything is and
 * runs until Ctrl-C or {@code down}; {@code down} stops the running stack; {@code status} says whether one runs.
 */
public final class LocalStack {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 9092;
    static final Services.Ports SERVICE_PORTS = new Services.Ports(8081, 8082, 8083);
    private static final String MARKER = "duban.local.LocalStack";

    private final Path home;
    private final Path data;

    LocalStack(Path home) {
        this.home = home.toAbsolutePath().normalize();
        this.data = this.home.resolve(".local");
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("duban.home", "."));
        LocalStack stack = new LocalStack(home);
        List<String> words = Arrays.asList(args);
        String command = words.isEmpty() ? "up" : words.get(0);
        switch (command) {
            case "up" -> stack.up(words.contains("--reset"), !words.contains("--tasks-only"));
            case "down" -> stack.down();
            case "status" -> stack.status();
            default -> {
                System.err.println("usage: duban up [--reset] [--tasks-only] [--build] | down | status");
                System.exit(2);
            }
        }
    }

    void up(boolean reset, boolean withReadModels) throws Exception {
        Optional<ProcessHandle> running = runningStack();
        if (running.isPresent()) {
            System.out.println("Duban is already running (process " + running.get().pid() + "); `./duban down` stops it.");
            return;
        }
        if (reset) {
            deleteTree(data);
            System.out.println("Removed the local data (.local/).");
        }
        Files.createDirectories(data);
        Files.writeString(pidFile(), Long.toString(ProcessHandle.current().pid()));
        long began = System.nanoTime();

        LocalIdentity identity = LocalIdentity.in(data.resolve("identity"));
        PostgresServer postgres = null;
        KafkaBrokerProcess broker = null;
        Services services;
        try {
            postgres = PostgresServer.builder().port(POSTGRES_PORT).dataDir(data.resolve("postgres")).start();
            broker = KafkaBrokerProcess.builder(data.resolve("kafka")).port(KAFKA_PORT).start();
            services = Services.start(home, data.resolve("logs"), postgres, broker.bootstrapServers(), SERVICE_PORTS,
                    identity.serviceConfig(), Duration.ofSeconds(120), withReadModels);
        } catch (RuntimeException e) {
            // Stop what did start, so a failed `up` leaves nothing behind.
            if (broker != null) {
                broker.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            Files.deleteIfExists(pidFile());
            throw e;
        }
        PostgresServer database = postgres;
        KafkaBrokerProcess kafka = broker;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Duban…");
            services.close();
            kafka.close();
            database.close();
            try {
                Files.deleteIfExists(pidFile());
            } catch (IOException e) {
                // the next `up` checks the recorded process anyway
            }
            stopped.countDown();
        }, "duban-stop"));
        Duration startup = Duration.ofNanos(System.nanoTime() - began);

        String tasksUrl = services.get(Services.TASKS).url();
        Path demoMarker = data.resolve("demo-loaded");
        if (!Files.exists(demoMarker)) {
            String loader = identity.tokens().supervisor("demo-loader");
            int created = DemoData.load(tasksUrl, loader);
            int acknowledged = DemoData.acknowledgeSome(tasksUrl, loader,
                    unitId -> identity.tokens().unit("demo-clerk@" + unitId, unitId));
            Files.writeString(demoMarker, "demo plan " + DemoData.PLAN_ID + ": " + created + " tasks, "
                    + acknowledged + " assignments acknowledged\n");
        }
        printSummary(database, kafka, services, startup);
        if (!withReadModels) {
            System.out.printf("%nreporting-service and notification-service are not started (--tasks-only): the ledger"
                    + " topic keeps their events until they run.%n");
        }
        printTokens(identity, services);
        stopped.await();
    }

    private void printSummary(PostgresServer postgres, KafkaBrokerProcess broker, Services services, Duration startup) {
        System.out.printf("%nDuban is up in %.1f s.%n%n", startup.toMillis() / 1000.0);
        for (ServiceProcess service : services.processes()) {
            System.out.printf("  %-21s %s   Swagger UI: %s/q/swagger-ui   (pid %d, %d MiB resident, log %s)%n",
                    service.name(), service.url(), service.url(), service.pid(), service.residentKiB() / 1024,
                    home.relativize(service.log()));
        }
        System.out.printf("  %-21s %s   (pid %d, %d MiB resident)%n", "kafka (KRaft)", broker.bootstrapServers(),
                broker.pid(), ProcessMemory.residentKiB(broker.pid()) / 1024);
        System.out.printf("  %-21s %s%n", "postgresql", postgres.adminJdbcUrl());
        System.out.printf("%nThe ledger topic as CloudEvents JSON:%n"
                + "  kcat -b localhost:%d -C -t duban.ledger.events.v1 -o beginning -e%n", KAFKA_PORT);
    }

    /**
     * Tokens for every role, valid for 12 hours and signed with the development key, so that each role can
     * be tried from Swagger UI (Authorize) or curl; then a few calls that use them.
     */
    private void printTokens(LocalIdentity identity, Services services) {
        var tokens = identity.tokens();
        // Units of the imported plan are known by name-based ids; 市科技局 leads most of its tasks.
        String science = DemoData.unitId("市科技局");
        String hongqi = DemoData.unitId("红旗区");
        System.out.printf("%nThe demo plan %s (demo/xinxiang-2017-102.txt) is imported from its text.%n", DemoData.PLAN_ID);
        System.out.printf("%nBearer tokens for 12 hours, signed with the development key in .local/identity/"
                + " (paste into a shell; in Swagger UI press Authorize):%n");
        System.out.printf("  export SUPERVISOR_TOKEN=%s%n", tokens.supervisor("supervisor@duban.local"));
        System.out.printf("  export AUDITOR_TOKEN=%s%n", tokens.auditor("auditor@duban.local"));
        System.out.printf("  export UNIT_TOKEN=%s   # 市科技局%n", tokens.unit("clerk@kjj.duban.local", science));
        System.out.printf("  export OTHER_UNIT_TOKEN=%s   # 红旗区%n", tokens.unit("clerk@hongqi.duban.local", hongqi));
        String bearer = "curl -H \"Authorization: Bearer $%s\" ";
        System.out.printf("%nThen, for example:%n");
        services.find(Services.REPORTING).ifPresent(reporting -> System.out.printf("  %s%s/api/v1/units/%s/dashboard%n",
                bearer.formatted("UNIT_TOKEN"), reporting.url(), science));
        services.find(Services.NOTIFICATION).ifPresent(notification -> System.out.printf(
                "  %s%s/api/v1/units/%s/schedule%n", bearer.formatted("UNIT_TOKEN"), notification.url(), science));
        System.out.printf("  %s%s/api/v1/audit/verify%n", bearer.formatted("AUDITOR_TOKEN"),
                services.get(Services.TASKS).url());
        System.out.printf("  %s-H 'Content-Type: text/plain; charset=UTF-8' --data-binary @notice.txt"
                + " '%s/api/v1/imports/notices?dryRun=true'%n", bearer.formatted("SUPERVISOR_TOKEN"),
                services.get(Services.TASKS).url());
        System.out.printf("%nCtrl-C or `./duban down` stops everything started here.%n");
    }

    void down() throws Exception {
        Optional<ProcessHandle> running = runningStack();
        if (running.isEmpty()) {
            System.out.println("Duban is not running.");
            Files.deleteIfExists(pidFile());
            return;
        }
        ProcessHandle stack = running.get();
        System.out.println("Stopping Duban (process " + stack.pid() + ")…");
        stack.destroy();
        stack.onExit().get();
        System.out.println("Stopped.");
    }

    void status() {
        System.out.println(runningStack().map(p -> "Duban is running (process " + p.pid() + ").")
                .orElse("Duban is not running."));
    }

    /** The recorded stack process, if it is alive and really is a local stack (process ids are reused). */
    private Optional<ProcessHandle> runningStack() {
        try {
            if (!Files.exists(pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile(), StandardCharsets.UTF_8).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(MARKER)).orElse(false)
                            || p.info().commandLine().map(c -> c.contains(MARKER)).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path pidFile() {
        return data.resolve("stack.pid");
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
