package duban.tasks.hostile;

import duban.tasks.attachment.Uploads;
import duban.tasks.imports.SeedNotice;
import duban.testing.identity.As;
import duban.testing.contract.HostileInputContract;
import duban.testing.hostile.HostileFixture;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Every operation of tasks-service, as its live OpenAPI document declares it, attacked with the generated
 * hostile requests: none may crash the service, every refusal is a problem document, and a refused request
 * changes neither the event store nor the command side's tables.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class HostileInputTest extends HostileInputContract {

    @Inject
    CommandGateway gateway;

    HostileInputTest() {
        super("tasks-service", 250, HostileTasks.state());
    }

    /** A unit and tasks it leads, so that task operations judge their input rather than a missing task. */
    @Override
    protected HostileFixture fixture() {
        String unit = new HostileTasks(gateway).registerUnit("敌意输入牵头单位");
        return new HostileFixture()
                .unit(unit)
                .pathValue("taskId", () -> HostileTasks.createTask(HostileTasks.taskBody(unit)))
                .body("POST /api/v1/tasks", () -> HostileTasks.taskBody(unit))
                .body("POST /api/v1/tasks/{taskId}/reports", () -> HostileTasks.reportBody(unit))
                .query("POST /api/v1/imports/notices", Map.of("dryRun", "true"))
                .rawBody("POST /api/v1/imports/notices", "text/plain; charset=UTF-8",
                        SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .query("POST /api/v1/attachments", Map.of("name", "hostile.pdf"))
                .rawBody("POST /api/v1/attachments", "application/pdf", Uploads.pdf(2000))
                // past the attachment limit (20 MiB) and the request limit above it
                .tooLarge("POST /api/v1/attachments", 22 * 1024 * 1024)
                .pathValue("sha256", () -> Uploads.upload(As.supervisor(), Uploads.pdf(1000), "hostile.pdf"));
    }
}
