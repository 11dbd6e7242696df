package duban.tasks.security;

import duban.tasks.task.api.TaskFixture;
import duban.testing.contract.AuthorizationMatrixContract;
import duban.testing.identity.AuthorizationMatrix.Sample;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.state.TableCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/**
 * Every endpoint of tasks-service, as discovered from its live OpenAPI document, called as every identity:
 * the answer must be the one the document's declared rule gives, and a refused call must change nothing in
 * the event store or the command side's tables.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    AuthorizationMatrixTest() {
        // What no refused call may change: the events, idempotency records and command-side lookup tables.
        super("tasks-service", 43, TasksSamples.OWNING, TasksSamples.OTHER, TableCounts.inServiceDatabase(
                "domain_event_entry", "domain_event_entry.global_index", "idempotency_record", "unit_directory",
                "plan_rule", "unit_name_claim", "plan_header", "plan_task", "attachment_file", "attachment_upload",
                "attachment_chunk", "attachment_reference"));
    }

    @Override
    protected Map<String, Sample> samples() {
        TaskFixture.registerUnits();
        return new TasksSamples().all();
    }
}
