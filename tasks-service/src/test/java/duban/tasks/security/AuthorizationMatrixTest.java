package duban.tasks.security;

import static org.assertj.core.api.Assertions.assertThat;

import duban.embedded.KafkaTestResource;
import duban.embedded.PostgresTestResource;
import duban.embedded.identity.AuthorizationMatrix;
import duban.embedded.identity.TableCounts;
import duban.events.unit.UnitCategory;
import duban.tasks.unit.domain.RegisterUnit;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
    CommandGateway gateway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEndpointAnswersEveryIdentityAsItsDeclaredRuleSays() {
        String owning = registerUnit("矩阵牵头单位");
        String other = registerUnit("矩阵其他单位");
        // What no refused call may change: the events, idempotency records and command-side lookup tables.
        TableCounts state = new TableCounts(dataSource, "domain_event_entry", "domain_event_entry.global_index",
                "idempotency_record", "unit_directory", "plan_rule");

        AuthorizationMatrix.Outcome outcome = new AuthorizationMatrix(owning, other, state)
                .runOnServedDocument("tasks-service", new TasksSamples(owning, other).all());

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.endpoints()).isGreaterThanOrEqualTo(7);
    }

    private String registerUnit(String name) {
        String id = "matrix-" + UUID.randomUUID();
        gateway.sendAndWait(new RegisterUnit(id, name + "-" + id.substring(7, 15), UnitCategory.CITY_DEPARTMENT,
                List.of()));
        return id;
    }
}
