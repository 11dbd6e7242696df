package duban.local;

import static org.assertj.core.api.Assertions.assertThat;

import duban.embedded.KafkaBroker;
import duban.embedded.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The benchmark's stack: tasks-service alone on the broker and PostgreSQL, the read models left to run elsewhere. */
class TasksOnlyTest {

    private static final Path HOME = Path.of(System.getProperty("duban.home", "../..")).toAbsolutePath().normalize();

    @Test
    void startsTasksServiceAloneAndStopsIt() throws Exception {
        int tasksPort = FreePort.any();
        int reportingPort = FreePort.any();
        try (PostgresServer postgres = PostgresServer.start(); KafkaBroker broker = KafkaBroker.start()) {
            Path logs = Files.createTempDirectory("duban-tasks-only-logs");
            LocalIdentity identity = LocalIdentity.in(Files.createTempDirectory("duban-tasks-only-identity"));
            ServiceProcess tasks;
            try (Services services = Services.start(HOME, logs, postgres, broker.bootstrapServers(),
                    new Services.Ports(tasksPort, reportingPort, FreePort.any()), identity.serviceConfig(),
                    Duration.ofSeconds(120), false)) {
                assertThat(services.processes()).extracting(ServiceProcess::name).containsExactly(Services.TASKS);
                assertThat(services.find(Services.REPORTING)).isEmpty();
                tasks = services.get(Services.TASKS);
                HttpResponse<String> ready = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(tasks.url() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(Files.exists(logs.resolve(Services.REPORTING + ".log"))).isFalse();
            }
            assertThat(ProcessHandle.of(tasks.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }
}
