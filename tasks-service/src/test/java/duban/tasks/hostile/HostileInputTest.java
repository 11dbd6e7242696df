package duban.tasks.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.imports.SeedNotice;
import duban.testing.hostile.HostileFixture;
import duban.testing.hostile.HostileSuite;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/**
 * Every operation of tasks-service, as its live OpenAPI document declares it, attacked with the generated
 * hostile requests: none may crash the service, every refusal is a problem document, and a refused request
 * changes neither the event store nor the command side's tables.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class HostileInputTest {

    @Inject
    CommandGateway gateway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noHostileRequestCrashesTheServiceOrChangesStateWhenRefused() {
        HostileTasks tasks = new HostileTasks(gateway);
        String unit = tasks.registerUnit("敌意输入牵头单位");
        HostileFixture fixture = new HostileFixture()
                .unit(unit)
                .pathValue("taskId", () -> HostileTasks.createTask(HostileTasks.taskBody(unit)))
                .body("POST /api/v1/tasks", () -> HostileTasks.taskBody(unit))
                .body("POST /api/v1/tasks/{taskId}/reports", () -> HostileTasks.reportBody(unit))
                .query("POST /api/v1/imports/notices", Map.of("dryRun", "true"))
                .rawBody("POST /api/v1/imports/notices", "text/plain; charset=UTF-8",
                        SeedNotice.text().getBytes(StandardCharsets.UTF_8));

        HostileSuite.Outcome outcome = new HostileSuite(fixture, HostileTasks.state(dataSource))
                .runOnServedDocument("tasks-service");

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.requests()).isGreaterThanOrEqualTo(250);
    }
}
