package duban.notification.schedule;

import duban.calendar.ReportingSchedule;
import java.time.ZoneId;
import java.util.List;

/** The reporting rules of a plan this service has not seen registered (DESIGN.md defaults). */
final class ScheduleDefaults {

    static final List<Integer> REPORTING_DAYS = ReportingSchedule.DEFAULT_DAYS;
    static final ZoneId ZONE = ReportingSchedule.DEFAULT_ZONE;

    private ScheduleDefaults() {
    }
}
