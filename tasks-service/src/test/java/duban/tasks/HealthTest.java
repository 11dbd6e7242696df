package duban.tasks;

import duban.testing.identity.As;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness covers the database, the broker and the ledger topic; the API documents are served. */
@QuarkusTest
class HealthTest {

    @Test
    void readinessChecksTheDatabaseKafkaAndTheLedgerTopic() {
        As.anonymous().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"))
                .body("checks.name", hasItem("ledger topic duban.ledger.events.v1"));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        As.anonymous().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Duban tasks-service"));
        As.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }
}
