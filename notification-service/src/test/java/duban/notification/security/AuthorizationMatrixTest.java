package duban.notification.security;

import static org.assertj.core.api.Assertions.assertThat;

import duban.embedded.KafkaTestResource;
import duban.embedded.PostgresTestResource;
import duban.embedded.identity.AuthorizationMatrix;
import duban.embedded.identity.AuthorizationMatrix.Sample;
import duban.embedded.identity.TableCounts;
import duban.events.Topics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of notification-service, as discovered from its live OpenAPI document, called as every
 * identity: a unit's clerk sees its own schedule only, and a refused call changes no read model.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = {
        @ResourceArg(name = "topics", value = Topics.LEDGER_EVENTS), @ResourceArg(name = "partitions", value = "1")})
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class AuthorizationMatrixTest {

    private static final String OWNING = "矩阵单位甲";
    private static final String OTHER = "矩阵单位乙";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEndpointAnswersEveryIdentityAsItsDeclaredRuleSays() {
        Map<String, Sample> samples = Map.of("GET /api/v1/units/{unitId}/schedule",
                who -> as -> as.get("/api/v1/units/{unitId}/schedule", OWNING));

        AuthorizationMatrix.Outcome outcome = new AuthorizationMatrix(OWNING, OTHER,
                new TableCounts(dataSource, "processed_event", "plan_rules", "obligation", "filed_report")).runOnServedDocument("notification-service", samples);

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.checks()).isPositive();
    }
}
