package duban.notification.calendar;

import duban.calendar.WorkingDayCalendar;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The working-day calendar (bundled years plus any files named by {@code duban.calendar.extra-data},
 * so a new year is data, not code) and the clock the schedule reads.
 */
public class CalendarConfiguration {

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
}
