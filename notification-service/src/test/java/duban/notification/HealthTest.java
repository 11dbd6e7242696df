package duban.notification;

import duban.testing.identity.As;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness covers the database and the Kafka consumer; the API documents are served. */
@QuarkusTest
class HealthTest {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        As.anonymous().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        As.anonymous().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Duban notification-service"));
        As.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }
}
