package duban.reporting.ledger;

import duban.testing.tracing.CollectedSpans;
import jakarta.enterprise.context.ApplicationScoped;

/** The spans reporting-service exported during the tests. */
@ApplicationScoped
public class TestSpans extends CollectedSpans {
}
