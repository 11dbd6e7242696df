package duban.notification.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.Topics;
import duban.testing.hostile.HostileFixture;
import duban.testing.hostile.HostileSuite;
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
 * Every operation of notification-service, as its live OpenAPI document declares it, attacked with the
 * generated hostile requests (path and query hostility, huge and unknown unit ids, invalid UTF-8 in the
 * path): none may crash the service, every refusal is a problem document, and no read model changes.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = {
        @ResourceArg(name = "topics", value = Topics.LEDGER_EVENTS), @ResourceArg(name = "partitions", value = "1")})
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class HostileInputTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noHostileRequestCrashesTheServiceOrChangesAReadModel() {
        HostileFixture fixture = new HostileFixture().pathValue("unitId", () -> "市科技局");
        TableCounts state = new TableCounts(dataSource, "processed_event", "plan_rules", "obligation",
                "filed_report");

        HostileSuite.Outcome outcome = new HostileSuite(fixture, state).runOnServedDocument("notification-service");

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.requests()).isGreaterThanOrEqualTo(20);
    }
}
