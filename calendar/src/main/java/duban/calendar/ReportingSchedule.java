package duban.calendar;

import duban.events.plan.ReportingDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When units report: on fixed days of every month (default the 5th and the 20th), each ending a
 * reporting period (报送期) at 24:00 local time of that day, or, under
 * {@link ReportingDayPolicy#NEXT_WORKING_DAY}, of the next working day when the day is a day off.
 *
 * <p>A configured day beyond a month's length means that month's last day (31 → 2026-02-28); two
 * configured days that fall on the same date in a month make one reporting day. Immutable.
 */
public final class ReportingSchedule {

    public static final List<Integer> DEFAULT_DAYS = List.of(5, 20);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** The obligation of a newly assigned unit starts with a reporting day at least this many days later. */
    public static final int MIN_DAYS_BEFORE_FIRST_REPORT = 2;

    private final List<Integer> daysOfMonth;
    private final ReportingDayPolicy policy;
    private final ZoneId zone;
    private final WorkingDayCalendar calendar;

    /**
     * @param daysOfMonth days 1 to 31, at least one; order and repeats do not matter
     */
    public ReportingSchedule(List<Integer> daysOfMonth, ReportingDayPolicy policy, ZoneId zone, WorkingDayCalendar calendar) {
        Objects.requireNonNull(daysOfMonth, "daysOfMonth");
        if (daysOfMonth.isEmpty()) {
            throw new IllegalArgumentException("at least one reporting day of month is needed");
        }
        for (Integer day : daysOfMonth) {
            if (day == null || day < 1 || day > 31) {
                throw new IllegalArgumentException("reporting day of month must be 1 to 31: " + day);
            }
        }
        this.daysOfMonth = List.copyOf(new TreeSet<>(daysOfMonth));
        this.policy = Objects.requireNonNull(policy, "policy");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The 5th and the 20th, next working day, Asia/Shanghai. */
    public static ReportingSchedule standard(WorkingDayCalendar calendar) {
        return new ReportingSchedule(DEFAULT_DAYS, ReportingDayPolicy.NEXT_WORKING_DAY, DEFAULT_ZONE, calendar);
    }

    public List<Integer> daysOfMonth() {
        return daysOfMonth;
    }

    public ReportingDayPolicy policy() {
        return policy;
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The nominal reporting days of a month, ascending, with days beyond its length on its last day. */
    public List<LocalDate> reportingDaysIn(YearMonth month) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int day : daysOfMonth) {
            dates.add(month.atDay(Math.min(day, month.lengthOfMonth())));
        }
        return List.copyOf(dates);
    }

    /** Whether the date is a nominal reporting day of this schedule. */
    public boolean isReportingDay(LocalDate date) {
        return reportingDaysIn(YearMonth.from(date)).contains(date);
    }

    /**
     * The day a report for this nominal day is due: the day itself under {@link ReportingDayPolicy#KEEP}
     * or when it is a working day, else the next working day.
     */
    public LocalDate effectiveDeadlineDate(LocalDate nominalReportingDay) {
        return switch (policy) {
            case KEEP -> nominalReportingDay;
            case NEXT_WORKING_DAY -> calendar.nextWorkingDayOnOrAfter(nominalReportingDay);
        };
    }

    /** The end of the local day (the next day's 00:00 in the zone): the deadline instant of that date. */
    public Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The period a nominal reporting day names; empty when the date is not a reporting day. */
    public Optional<ReportingPeriod> periodNamed(LocalDate nominalDay) {
        if (!isReportingDay(nominalDay)) {
            return Optional.empty();
        }
        return Optional.of(period(previousReportingDay(nominalDay), nominalDay));
    }

    /** The period an instant lies in: the first whose deadline is at or after it. */
    public ReportingPeriod periodContaining(Instant instant) {
        // Deadlines never decrease from one nominal day to the next, so the first nominal day whose
        // deadline is not before the instant names its period. Starting a month early is safe: a
        // deadline moves by the length of a holiday, days and not a month.
        LocalDate candidate = firstReportingDayOnOrAfter(instant.atZone(zone).toLocalDate().minusMonths(1));
        while (endOfDay(effectiveDeadlineDate(candidate)).isBefore(instant)) {
            candidate = nextReportingDay(candidate);
        }
        return period(previousReportingDay(candidate), candidate);
    }

    /** The first deadline at or after the instant: that of the period containing it. */
    public Instant nextDeadline(Instant instant) {
        return periodContaining(instant).deadline();
    }

    /** The periods from the one containing {@code from} through the one containing {@code to}, in order. */
    public List<ReportingPeriod> periodsBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod period = periodContaining(from);
        periods.add(period);
        while (period.deadline().isBefore(to)) {
            LocalDate next = nextReportingDay(period.nominalDay());
            period = period(period.nominalDay(), next);
            periods.add(period);
        }
        return periods;
    }

    /**
     * The first period a unit assigned at this instant must report for: the first whose effective
     * reporting day is at least {@value #MIN_DAYS_BEFORE_FIRST_REPORT} local days after the
     * assignment's local date (DESIGN "Who must report"). A reporting day moved to a later working day
     * counts with its moved date: that is the day the report is due.
     */
    public ReportingPeriod firstObligationPeriod(Instant assignedAt) {
        LocalDate earliest = assignedAt.atZone(zone).toLocalDate().plusDays(MIN_DAYS_BEFORE_FIRST_REPORT);
        ReportingPeriod period = periodContaining(assignedAt);
        while (period.deadlineDate().isBefore(earliest)) {
            period = period(period.nominalDay(), nextReportingDay(period.nominalDay()));
        }
        return period;
    }

    private ReportingPeriod period(LocalDate previousNominalDay, LocalDate nominalDay) {
        LocalDate deadlineDate = effectiveDeadlineDate(nominalDay);
        return new ReportingPeriod(nominalDay, endOfDay(effectiveDeadlineDate(previousNominalDay)), deadlineDate,
                endOfDay(deadlineDate));
    }

    private LocalDate firstReportingDayOnOrAfter(LocalDate date) {
        for (LocalDate day : reportingDaysIn(YearMonth.from(date))) {
            if (!day.isBefore(date)) {
                return day;
            }
        }
        return reportingDaysIn(YearMonth.from(date).plusMonths(1)).get(0);
    }

    private LocalDate nextReportingDay(LocalDate reportingDay) {
        return firstReportingDayOnOrAfter(reportingDay.plusDays(1));
    }

    private LocalDate previousReportingDay(LocalDate reportingDay) {
        YearMonth month = YearMonth.from(reportingDay);
        List<LocalDate> days = reportingDaysIn(month);
        int index = days.indexOf(reportingDay);
        if (index > 0) {
            return days.get(index - 1);
        }
        List<LocalDate> previousMonth = reportingDaysIn(month.minusMonths(1));
        return previousMonth.get(previousMonth.size() - 1);
    }
}
