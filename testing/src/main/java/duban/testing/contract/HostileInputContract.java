package duban.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.hostile.HostileFixture;
import duban.testing.hostile.HostileSuite;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every operation of a service, as its live OpenAPI document declares it, attacked with the generated hostile
 * requests: none may crash the service, every refusal is a problem document, and neither a refused request nor
 * a read changes the observed state.
 */
public abstract class HostileInputContract {

    private final String service;
    private final int minimumRequests;
    private final Supplier<Object> state;

    /**
     * @param minimumRequests how many requests the document yields at least: fewer means operations or attacks
     *                        went missing
     * @param state           what no refused request (and no read) may change
     */
    protected HostileInputContract(String service, int minimumRequests, Supplier<Object> state) {
        this.service = service;
        this.minimumRequests = minimumRequests;
        this.state = state;
    }

    /**
     * The live values the requests need, made once the application runs. By default 市科技局 wherever a path
     * names a unit; a service whose operations need resources that exist (a task, a plan) overrides this.
     */
    protected HostileFixture fixture() {
        return new HostileFixture().pathValue("unitId", () -> "市科技局");
    }

    @Test
    public void noHostileRequestCrashesTheServiceOrChangesStateItMustNot() {
        HostileSuite.Outcome outcome = new HostileSuite(fixture(), state).runOnServedDocument(service);

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.requests()).isGreaterThanOrEqualTo(minimumRequests);
    }
}
