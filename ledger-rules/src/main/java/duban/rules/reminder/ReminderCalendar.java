package duban.rules.reminder;

import duban.calendar.WorkingDayCalendar;
import duban.rules.period.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Works out the days reminders fall on. Scheduled reminders go out at the settings' time on working days only: one
 * that would fall on a day off before or on its deadline goes out on the working day before, so that it still comes
 * in time; reminders after a deadline fall on working days by their definition. Two reminders of one milestone that
 * fall on one day make one, the more urgent.
 */
public final class ReminderCalendar {

    private final ReminderSettings settings;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public ReminderCalendar(ReminderSettings settings, WorkingDayCalendar calendar, ZoneId zone) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ReminderSettings settings() {
        return settings;
    }

    /** A period the unit owes and has not filed: a few working days before its deadline, and on its morning. */
    public List<Occurrence> beforeDeadline(ReportingPeriod period) {
        LocalDate deadline = period.deadlineDate();
        LocalDate today = onOrBefore(deadline);
        LocalDate soon = calendar.addWorkingDays(deadline, -settings.reportLeadWorkingDays());
        List<Occurrence> occurrences = new ArrayList<>();
        if (soon.isBefore(today)) {
            occurrences.add(scheduled(ReminderKind.REPORT_DUE_SOON, period.nominalDay().toString(), 0, soon));
        }
        occurrences.add(scheduled(ReminderKind.REPORT_DUE_TODAY, period.nominalDay().toString(), 0, today));
        return occurrences;
    }

    /** A period whose deadline passed with nothing filed: the working day after. */
    public Occurrence afterMissedDeadline(ReportingPeriod period) {
        return scheduled(ReminderKind.REPORT_OVERDUE, period.nominalDay().toString(), 0,
                calendar.addWorkingDays(period.deadlineDate(), 1));
    }

    /** A milestone not done: the days before its due date and the day itself, each the more urgent on one day. */
    public List<Occurrence> beforeDueDate(String milestoneId, LocalDate dueOn) {
        Map<LocalDate, Integer> byDay = new LinkedHashMap<>();
        for (int days : settings.milestoneLeadDays()) {
            byDay.merge(onOrBefore(dueOn.minusDays(days)), days, Math::min);
        }
        List<Occurrence> occurrences = new ArrayList<>();
        byDay.forEach((day, days) -> occurrences.add(scheduled(ReminderKind.MILESTONE_DUE, milestoneId, days, day)));
        return occurrences;
    }

    /**
     * A milestone past its due date and not done: the next working day, then every few working days, up to and
     * including {@code until}.
     */
    public List<Occurrence> afterDueDate(String milestoneId, LocalDate dueOn, LocalDate until) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate day = calendar.addWorkingDays(dueOn, 1); !day.isAfter(until);
             day = calendar.addWorkingDays(day, settings.overdueEveryWorkingDays())) {
            occurrences.add(scheduled(ReminderKind.MILESTONE_OVERDUE, milestoneId,
                    (int) ChronoUnit.DAYS.between(dueOn, day), day));
        }
        return occurrences;
    }

    /**
     * An assignment not acknowledged (签收): the morning of its due day, then the working day after it (领办逾期).
     *
     * @param assignedAt the instant the assignment was recorded: which of the unit's assignments it is about
     * @param dueOn      its due day (always a working day)
     */
    public List<Occurrence> acknowledgement(Instant assignedAt, LocalDate dueOn) {
        String subject = assignedAt.toString();
        LocalDate after = calendar.addWorkingDays(dueOn, 1);
        return List.of(scheduled(ReminderKind.ACKNOWLEDGEMENT_DUE, subject, 0, onOrBefore(dueOn)),
                scheduled(ReminderKind.ACKNOWLEDGEMENT_OVERDUE, subject, (int) ChronoUnit.DAYS.between(dueOn, after),
                        after));
    }

    /** An urge goes out at once. */
    public Occurrence urged(String urgeId, Instant at) {
        return new Occurrence(ReminderKind.URGED, urgeId, 0, at.atZone(zone).toLocalDate(), at);
    }

    /** A return goes out at once, to the unit whose report it is. */
    public Occurrence returned(String reportId, Instant at) {
        return new Occurrence(ReminderKind.REPORT_RETURNED, reportId, 0, at.atZone(zone).toLocalDate(), at);
    }

    /**
     * A returned report not corrected in time: the working day after its correction day, or after the period's
     * deadline when that is later (the period is owed until both have passed).
     */
    public Occurrence afterMissedCorrection(String reportId, LocalDate correctBy, ReportingPeriod period) {
        LocalDate last = correctBy.isAfter(period.deadlineDate()) ? correctBy : period.deadlineDate();
        return scheduled(ReminderKind.CORRECTION_OVERDUE, reportId, 0, calendar.addWorkingDays(last, 1));
    }

    private Occurrence scheduled(ReminderKind kind, String subject, int daysLeft, LocalDate day) {
        return new Occurrence(kind, subject, daysLeft, day, day.atTime(settings.sendAt()).atZone(zone).toInstant());
    }

    private LocalDate onOrBefore(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, -1);
    }
}
