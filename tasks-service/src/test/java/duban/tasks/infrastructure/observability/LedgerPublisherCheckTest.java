package duban.tasks.infrastructure.observability;

import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import duban.tasks.unit.api.Directory;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness tells an operator what the publisher is doing and how far it is behind the store. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class LedgerPublisherCheckTest {

    @Test
    void readinessSaysThePublisherIsPublishingAndCaughtUp() {
        Directory.register(Directory.fresh("市档案局"), "市直部门");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> As.anonymous().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'Ledger publisher' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Ledger publisher' }.data.state", equalTo("publishing"))
                .body("checks.find { it.name == 'Ledger publisher' }.data.eventsBehind", equalTo(0)));
    }
}
