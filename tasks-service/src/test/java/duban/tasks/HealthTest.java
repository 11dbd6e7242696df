package duban.tasks;

import duban.testing.contract.HealthContract;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness covers the database, the broker, the ledger topic and the publisher; the API documents are served. */
@QuarkusTest
class HealthTest extends HealthContract {

    HealthTest() {
        super("Duban tasks-service", "Database connections health check", "Kafka connection health check",
                "ledger topic duban.ledger.events.v1", "Ledger publisher");
    }
}
