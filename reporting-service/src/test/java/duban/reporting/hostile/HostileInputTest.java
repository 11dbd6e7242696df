package duban.reporting.hostile;

import duban.testing.contract.HostileInputContract;
import duban.testing.state.TableCounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of reporting-service, as its live OpenAPI document declares it, attacked with the
 * generated hostile requests (path and query hostility, huge and unknown unit ids, invalid UTF-8 in the
 * path): none may crash the service, every refusal is a problem document, and no read model changes.
 */
@QuarkusTest
class HostileInputTest extends HostileInputContract {

    HostileInputTest() {
        super("reporting-service", 20,
                TableCounts.inServiceDatabase("processed_event", "ledger_event"));
    }
}
