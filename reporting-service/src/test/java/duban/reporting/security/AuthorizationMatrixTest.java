package duban.reporting.security;

import duban.testing.contract.UnitReadsMatrixContract;
import duban.testing.state.TableCounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every endpoint of reporting-service, as discovered from its live OpenAPI document, called as every
 * identity: a unit's clerk sees its own dashboard only, and a refused call changes no read model.
 */
@QuarkusTest
class AuthorizationMatrixTest extends UnitReadsMatrixContract {

    AuthorizationMatrixTest() {
        super("reporting-service",
                TableCounts.inServiceDatabase("processed_event", "ledger_event"),
                "/api/v1/units/{unitId}/dashboard");
    }
}
