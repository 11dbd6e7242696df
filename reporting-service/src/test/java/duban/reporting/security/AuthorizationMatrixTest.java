package duban.reporting.security;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.Topics;
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
 * Every endpoint of reporting-service, as discovered from its live OpenAPI document, called as every
 * identity: a unit's clerk sees its own dashboard only, and a refused call changes no read model.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = {
        @ResourceArg(name = "topics", value = Topics.LEDGER_EVENTS), @ResourceArg(name = "partitions", value = "1")})
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AuthorizationMatrixTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEndpointAnswersEveryIdentityAsItsDeclaredRuleSays() {
        AuthorizationMatrix.Outcome outcome = AuthorizationMatrix.ofUnitReads("reporting-service",
                new TableCounts(dataSource, "processed_event", "task_summary", "responsibility", "latest_report"), "/api/v1/units/{unitId}/dashboard");

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.checks()).isPositive();
    }
}
