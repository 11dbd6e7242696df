package duban.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.identity.AuthorizationMatrix;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of a service, as its live OpenAPI document declares it, called as every identity: each answer
 * must be the one the declared rule gives, a refusal a problem document, and a refused call must leave the
 * observed state as it was. A subclass supplies one sample request per endpoint.
 */
public abstract class AuthorizationMatrixContract {

    private final String service;
    private final int minimumEndpoints;
    private final String owningUnitId;
    private final String otherUnitId;
    private final Supplier<Object> state;

    /**
     * @param minimumEndpoints how many endpoints the document has at least: fewer means the matrix lost sight of
     *                         some, not that they are safe
     * @param owningUnitId     the unit the samples' resources belong to
     * @param otherUnitId      a unit they do not concern
     * @param state            what no refused call may change
     */
    protected AuthorizationMatrixContract(String service, int minimumEndpoints, String owningUnitId, String otherUnitId,
                                          Supplier<Object> state) {
        this.service = service;
        this.minimumEndpoints = minimumEndpoints;
        this.owningUnitId = owningUnitId;
        this.otherUnitId = otherUnitId;
        this.state = state;
    }

    /** One sample request per endpoint ({@code "GET /api/v1/…"}), asked for once the application runs. */
    protected abstract Map<String, AuthorizationMatrix.Sample> samples();

    @Test
    public void everyEndpointAnswersEveryIdentityAsItsDeclaredRuleSays() {
        AuthorizationMatrix.Outcome outcome = new AuthorizationMatrix(owningUnitId, otherUnitId, state)
                .runOnServedDocument(service, samples());

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.endpoints()).isGreaterThanOrEqualTo(minimumEndpoints);
        assertThat(outcome.checks()).isPositive();
    }
}
