package duban.view.store;

import duban.calendar.WorkingDayCalendar;
import duban.rules.rag.RagRule;
import duban.rules.rag.RagThresholds;
import duban.view.history.CurrentMemory;
import duban.view.history.LedgerMemory;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The memory every read of the service shares (through its holder, which a rebuild swaps), the working-day calendar (the bundled years plus any files named by
 * {@code duban.calendar.extra-data}, so a new year is data, not code), the clock reads judge by, and the colour
 * thresholds (configuration).
 */
public class LedgerViewSetup {

    @Produces
    @Singleton
    WorkingDayCalendar calendar(@ConfigProperty(name = WorkingDayCalendar.EXTRA_DATA_KEY) Optional<String> extra) {
        return WorkingDayCalendar.load(extra.map(WorkingDayCalendar::parseSourceList).orElse(List.of()));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
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
