package duban.tasks.security;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.task.api.TaskFixture;
import duban.testing.identity.AuthorizationMatrix;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.state.TableCounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of tasks-service, as discovered from its live OpenAPI document, called as every identity:
 * the answer must be the one the document's declared rule gives, and a refused call must change nothing in
 * the event store or the command side's tables.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class AuthorizationMatrixTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEndpointAnswersEveryIdentityAsItsDeclaredRuleSays() {
        TaskFixture.registerUnits();
        // What no refused call may change: the events, idempotency records and command-side lookup tables.
        TableCounts state = new TableCounts(dataSource, "domain_event_entry", "domain_event_entry.global_index",
                "idempotency_record", "unit_directory", "plan_rule", "unit_name_claim", "plan_header", "plan_task");

        AuthorizationMatrix.Outcome outcome = new AuthorizationMatrix(TasksSamples.OWNING, TasksSamples.OTHER, state)
                .runOnServedDocument("tasks-service", new TasksSamples().all());

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.endpoints()).isGreaterThanOrEqualTo(39);
    }
}
