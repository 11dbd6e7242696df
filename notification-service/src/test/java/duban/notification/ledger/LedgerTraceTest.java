package duban.notification.ledger;

import duban.testing.contract.LedgerTraceContract;
import io.quarkus.test.junit.QuarkusTest;

/** Applying an event continues the trace its record names: the write's trace id, under the producer's span. */
@QuarkusTest
class LedgerTraceTest extends LedgerTraceContract {
}
