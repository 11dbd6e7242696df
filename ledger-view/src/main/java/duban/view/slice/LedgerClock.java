package duban.view.slice;

import duban.calendar.WorkingDayCalendar;
import duban.rules.rag.RagRule;
import duban.view.history.CurrentMemory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the view of the ledger a request asks for: now, by the service's clock, or as of a past instant. The store
 * that records events runs on another machine's clock: an event it recorded a little ahead of this clock (by at most
 * {@code duban.view.clock-tolerance}) is shown now rather than once this clock has caught up.
 */
@ApplicationScoped
public class LedgerClock {

    @Inject
    CurrentMemory memory;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    RagRule rag;

    @Inject
    Clock clock;

    @ConfigProperty(name = "duban.view.clock-tolerance", defaultValue = "5s")
    Duration tolerance;

    public Instant now() {
        Instant now = clock.instant();
        return memory.get().latestRecordedAt()
                .filter(latest -> latest.isAfter(now) && !latest.isAfter(now.plus(tolerance)))
                .orElse(now);
    }

    /** The ledger as it stood at {@code instant}, or now when it is null. */
    public LedgerAt at(Instant instant) {
        return new LedgerAt(memory.get(), calendar, rag, instant == null ? now() : instant);
    }
}
