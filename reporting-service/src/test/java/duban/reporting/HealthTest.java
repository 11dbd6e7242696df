package duban.reporting;

import duban.testing.contract.HealthContract;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness covers the database, the Kafka consumer and the ledger view; the API documents are served. */
@QuarkusTest
class HealthTest extends HealthContract {

    HealthTest() {
        super("Duban reporting-service", "Reactive PostgreSQL connections health check",
                "SmallRye Reactive Messaging - readiness check", "Ledger view");
    }
}
