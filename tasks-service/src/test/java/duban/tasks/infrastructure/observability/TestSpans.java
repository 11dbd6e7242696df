package duban.tasks.infrastructure.observability;

import duban.testing.tracing.CollectedSpans;
import jakarta.enterprise.context.ApplicationScoped;

/** The spans tasks-service exported during the tests. */
@ApplicationScoped
public class TestSpans extends CollectedSpans {
}
