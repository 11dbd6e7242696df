package duban.view.store;

import duban.calendar.WorkingDayCalendar;
import duban.rules.rag.RagRule;
import duban.rules.rag.RagThresholds;
import duban.view.history.CurrentMemory;
import duban.view.history.LedgerMemory;
import duban.view.slice.RehearsalClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The memory every read of the service shares (through its holder, which a rebuild swaps), the working-day calendar (the bundled years plus any files named by
 * {@code duban.calendar.extra-data}, so a new year is data, not code), the clock reads judge by, and the colour
 * thresholds (configuration).
 */
public class LedgerViewSetup {

    private static final Logger LOG = Logger.getLogger(LedgerViewSetup.class);

    @Produces
    @Singleton
    WorkingDayCalendar calendar(@ConfigProperty(name = WorkingDayCalendar.EXTRA_DATA_KEY) Optional<String> extra) {
        return WorkingDayCalendar.load(extra.map(WorkingDayCalendar::parseSourceList).orElse(List.of()));
    }

    /**
     * The system's clock, unless {@code duban.clock.rehearsal.speed} is set: then a {@link RehearsalClock} that runs
     * that many times faster from {@code duban.clock.rehearsal.since} on (for drills and fault tests, never for a
     * ledger people work with: it sends a month of reminders in minutes).
     */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "duban.clock.rehearsal.speed") Optional<Long> speed,
                @ConfigProperty(name = "duban.clock.rehearsal.since") Optional<Instant> since) {
        if (speed.isEmpty() || speed.get() == 1) {
            return Clock.systemUTC();
        }
        Clock clock = new RehearsalClock(Clock.systemUTC(), since.orElseGet(Instant::now), speed.get());
        LOG.warnf("the clock runs %d times faster than real time from %s on (duban.clock.rehearsal.*): a rehearsal, "
                + "not a ledger people work with", speed.get(), since.map(Instant::toString).orElse("now"));
        return clock;
    }

    @Produces
    @Singleton
    CurrentMemory memory() {
        return new CurrentMemory(new LedgerMemory());
    }

    @Produces
    @Singleton
    RagRule ragRule(@ConfigProperty(name = "duban.rules.rag.due-soon-days", defaultValue = "3") int dueSoonDays,
                    @ConfigProperty(name = "duban.rules.rag.behind-points", defaultValue = "20") BigDecimal behindPoints,
                    @ConfigProperty(name = "duban.rules.rag.missed-run-for-red", defaultValue = "2") int missedRun) {
        return new RagRule(new RagThresholds(dueSoonDays, behindPoints, missedRun));
    }
}
