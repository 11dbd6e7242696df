package duban.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @Test
    void configurationTravelsAsMicroProfileEnvironmentNames() {
        assertThat(ServiceProcess.environmentName("quarkus.datasource.jdbc.url")).isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(ServiceProcess.environmentName("kafka.bootstrap.servers")).isEqualTo("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(ServiceProcess.environmentName("duban.calendar.extra-data")).isEqualTo("DUBAN_CALENDAR_EXTRA_DATA");
    }

    @Test
    void aServiceThatWasNotBuiltIsNamedWithTheCommandThatBuildsIt(@TempDir Path home) {
        assertThatThrownBy(() -> ServiceProcess.start(home, "tasks-service", 1, Map.of(), List.of(),
                home.resolve("logs/tasks-service.log")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tasks-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageContaining("mvnw");
    }

    @Test
    void aServicePackagedWithItsClassDataArchiveStartsWithIt(@TempDir Path home) throws Exception {
        Path jar = Files.createDirectories(home.resolve("quarkus-app")).resolve("quarkus-run.jar");
        assertThat(ServiceProcess.command(jar, 8081, List.of("-Xmx256m")))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"))
                .endsWith("-Xmx256m", "-Dquarkus.http.port=8081", "-jar", jar.toString());

        Files.writeString(jar.resolveSibling("app-cds.jsa"), "");
        assertThat(ServiceProcess.command(jar, 8081, List.of("-Xmx256m")))
                .contains("-XX:SharedArchiveFile=" + jar.resolveSibling("app-cds.jsa"));
    }

    @Test
    void downWithNothingRunningSaysSoAndTouchesNothing(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".local"));
        // A stale record of a process that is not a local stack (this test JVM is not one).
        Files.writeString(home.resolve(".local/stack.pid"), Long.toString(ProcessHandle.current().pid()));

        new LocalStack(home).down();

        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(home.resolve(".local/stack.pid")).doesNotExist();
    }
}
