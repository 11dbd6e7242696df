package duban.rules.period;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.ReportingDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * When units report: on nominal reporting days (default the 5th and the 20th of every month), each ending a
 * reporting period (报送期) at 24:00 local time of that day, or, under {@link ReportingDayPolicy#NEXT_WORKING_DAY},
 * of the next working day when the day is a day off. Immutable.
 */
public final class ReportingSchedule {

    /** The obligation of a newly assigned unit starts with a reporting day at least this many days later. */
    public static final int MIN_DAYS_BEFORE_FIRST_REPORT = 2;

    private final ReportingDays days;
    private final ReportingDayPolicy policy;
    private final ZoneId zone;
    private final WorkingDayCalendar calendar;
    // Every unit of every task on this schedule asks these two with the same instant (now, the task's start): the
    // last answer of each is kept. Immutable pairs swapped whole, so concurrent readers need no lock.
    private final AtomicReference<Answer> lastContaining = new AtomicReference<>();
    private final AtomicReference<Answer> lastFirstObligation = new AtomicReference<>();

    private record Answer(Instant instant, ReportingPeriod period) {
    }

    public ReportingSchedule(ReportingDays days, ReportingDayPolicy policy, ZoneId zone, WorkingDayCalendar calendar) {
        this.days = Objects.requireNonNull(days, "days");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Fixed days of every month.
     *
     * @param daysOfMonth days 1 to 31, at least one; order and repeats do not matter
     */
    public ReportingSchedule(List<Integer> daysOfMonth, ReportingDayPolicy policy, ZoneId zone,
                             WorkingDayCalendar calendar) {
        this(DaysOfMonth.every(daysOfMonth), policy, zone, calendar);
    }

    public ReportingDays days() {
        return days;
    }

    /** The days of the month of a monthly schedule; empty for a weekly one. */
    public List<Integer> daysOfMonth() {
        return days instanceof DaysOfMonth monthly ? monthly.days() : List.of();
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

    /** The nominal reporting days of a month, ascending. */
    public List<LocalDate> reportingDaysIn(YearMonth month) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = days.firstOnOrAfter(month.atDay(1)); !day.isAfter(month.atEndOfMonth());
             day = days.firstOnOrAfter(day.plusDays(1))) {
            dates.add(day);
        }
        return dates;
    }

    /** Whether the date is a nominal reporting day of this schedule. */
    public boolean isReportingDay(LocalDate date) {
        return days.contains(date);
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

    /** The local date of an instant in the schedule's zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The period a nominal reporting day names; empty when the date is not a reporting day. */
    public Optional<ReportingPeriod> periodNamed(LocalDate nominalDay) {
        if (!isReportingDay(nominalDay)) {
            return Optional.empty();
        }
        return Optional.of(period(days.lastBefore(nominalDay), nominalDay));
    }

    /** The period an instant lies in: the first whose deadline is at or after it. */
    public ReportingPeriod periodContaining(Instant instant) {
        return remembered(lastContaining, instant, this::workOutPeriodContaining);
    }

    private ReportingPeriod workOutPeriodContaining(Instant instant) {
        // Deadlines never decrease from one nominal day to the next, so the first nominal day whose
        // deadline is not before the instant names its period. Starting a month early is safe: a
        // deadline moves by the length of a holiday, days and not a month.
        LocalDate candidate = days.firstOnOrAfter(dateOf(instant).minusMonths(1));
        while (endOfDay(effectiveDeadlineDate(candidate)).isBefore(instant)) {
            candidate = days.firstOnOrAfter(candidate.plusDays(1));
        }
        return period(days.lastBefore(candidate), candidate);
    }

    /** The period after {@code period}. */
    public ReportingPeriod next(ReportingPeriod period) {
        return period(period.nominalDay(), days.firstOnOrAfter(period.nominalDay().plusDays(1)));
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
            period = next(period);
            periods.add(period);
        }
        return periods;
    }

    /**
     * The first period a unit assigned at this instant must report for: the first whose effective reporting day is
     * at least {@value #MIN_DAYS_BEFORE_FIRST_REPORT} local days after the assignment's local date. A reporting day
     * moved to a later working day counts with its moved date: that is the day the report is due.
     */
    public ReportingPeriod firstObligationPeriod(Instant assignedAt) {
        return remembered(lastFirstObligation, assignedAt, this::workOutFirstObligationPeriod);
    }

    private static ReportingPeriod remembered(AtomicReference<Answer> last, Instant instant,
                                              Function<Instant, ReportingPeriod> workOut) {
        Answer known = last.get();
        if (known != null && known.instant().equals(instant)) {
            return known.period();
        }
        ReportingPeriod period = workOut.apply(instant);
        last.set(new Answer(instant, period));
        return period;
    }

    private ReportingPeriod workOutFirstObligationPeriod(Instant assignedAt) {
        LocalDate earliest = dateOf(assignedAt).plusDays(MIN_DAYS_BEFORE_FIRST_REPORT);
        ReportingPeriod period = periodContaining(assignedAt);
        while (period.deadlineDate().isBefore(earliest)) {
            period = next(period);
        }
        return period;
    }

    private ReportingPeriod period(LocalDate previousNominalDay, LocalDate nominalDay) {
        LocalDate deadlineDate = effectiveDeadlineDate(nominalDay);
        return new ReportingPeriod(nominalDay, endOfDay(effectiveDeadlineDate(previousNominalDay)), deadlineDate,
                endOfDay(deadlineDate));
    }
}
