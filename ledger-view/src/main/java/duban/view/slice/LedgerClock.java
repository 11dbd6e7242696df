package duban.view.slice;

import duban.calendar.WorkingDayCalendar;
import duban.rules.rag.RagRule;
import duban.view.history.LedgerMemory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Makes the view of the ledger a request asks for: now, by the service's clock, or as of a past instant. */
@ApplicationScoped
public class LedgerClock {

    @Inject
    LedgerMemory memory;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    RagRule rag;

    @Inject
    Clock clock;

    public Instant now() {
        return clock.instant();
    }

    /** The ledger as it stood at {@code instant}, or now when it is null. */
    public LedgerAt at(Instant instant) {
        return new LedgerAt(memory, calendar, rag, instant == null ? clock.instant() : instant);
    }
}
