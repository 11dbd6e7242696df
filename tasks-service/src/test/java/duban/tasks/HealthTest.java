package duban.tasks;

import duban.testing.contract.HealthContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Readiness covers the database, the ledger topic and the publisher, not the broker (writes go on while it is away);
 * the API documents are served.
 */
@QuarkusTest
class HealthTest extends HealthContract {

    HealthTest() {
        super("Duban tasks-service", "Database connections health check",
                "ledger topic duban.ledger.events.v1", "Ledger publisher");
    }
}
