package duban.load;

import duban.embedded.KafkaBrokerProcess;
import duban.embedded.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Not a test: a throw-away main that starts what tasks-service needs for a measurement on a machine
 * where no stack runs — an embedded PostgreSQL (kept data folder, so fsync stays on as in the local
 * run) with the {@code tasks} database, and a Kafka broker process, both on free ports — then writes
 * {@code infra.env} (the service's configuration as environment variables, and {@code PGBENCH_URL})
 * into the folder given as the only argument and runs until it is sent SIGTERM, when it stops both.
 *
 * <p>Run it with the test class path, e.g. {@code java -cp target/test-classes:target/classes:$(cat
 * target/test-classpath.txt) duban.load.LocalInfrastructure target/infra}; the broker process takes
 * this JVM's class path.
 */
public final class LocalInfrastructure {

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/infra").toAbsolutePath();
        Files.createDirectories(folder);
        PostgresServer postgres = PostgresServer.builder().port(0).dataDir(folder.resolve("postgres")).start();
        KafkaBrokerProcess broker;
        try {
            postgres.ensureDatabase("tasks");
            broker = KafkaBrokerProcess.builder(folder.resolve("kafka")).port(0).start();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            postgres.close();
            stopped.countDown();
        }, "stop-infrastructure"));
        String env = "QUARKUS_DATASOURCE_JDBC_URL=" + postgres.jdbcUrl("tasks") + "\n"
                + "QUARKUS_DATASOURCE_USERNAME=" + postgres.username() + "\n"
                + "QUARKUS_DATASOURCE_PASSWORD=" + postgres.password() + "\n"
                + "KAFKA_BOOTSTRAP_SERVERS=" + broker.bootstrapServers() + "\n"
                + "PGBENCH_URL=postgresql://" + postgres.username() + "@" + postgres.host() + ":" + postgres.port()
                + "/tasks\n"
                + "BROKER_PID=" + broker.pid() + "\n";
        Files.writeString(folder.resolve("infra.env"), env, StandardCharsets.UTF_8);
        System.out.println("PostgreSQL " + postgres.jdbcUrl("tasks") + ", Kafka " + broker.bootstrapServers()
                + "; settings in " + folder.resolve("infra.env") + ". SIGTERM stops both.");
        stopped.await();
    }
}
