package duban.notification.ledger;

import duban.testing.tracing.CollectedSpans;
import jakarta.enterprise.context.ApplicationScoped;

/** The spans notification-service exported during the tests. */
@ApplicationScoped
public class TestSpans extends CollectedSpans {
}
