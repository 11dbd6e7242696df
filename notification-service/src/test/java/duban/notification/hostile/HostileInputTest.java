package duban.notification.hostile;

import duban.notification.ServiceState;
import duban.testing.contract.HostileInputContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of notification-service, as its live OpenAPI document declares it, attacked with the
 * generated hostile requests (path and query hostility, huge and unknown unit ids, invalid UTF-8 in the
 * path): none may crash the service, every refusal is a problem document, and no read model changes.
 */
@QuarkusTest
class HostileInputTest extends HostileInputContract {

    HostileInputTest() {
        super("notification-service", 20,
                ServiceState.of("processed_event", "ledger_event", "contact"));
    }
}
