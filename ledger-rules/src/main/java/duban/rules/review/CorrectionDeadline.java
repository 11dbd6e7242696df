package duban.rules.review;

import duban.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The day by which a returned (退回) report is to be corrected when the supervisor who returned it names none: a
 * number of working days after the day of the return (default {@value #DEFAULT_WORKING_DAYS}), counted by the
 * working-day calendar, so weekends and statutory holidays do not count and a worked weekend day (调休) does. The day
 * of the return is never counted, whether it is a working day or not: a report returned on a Friday is due on
 * Tuesday, one returned on a Saturday also on Tuesday.
 *
 * <p>A day the supervisor names must not lie before the day of the return ({@link #accepts}): a correction cannot be
 * due before it was asked for. The day itself is allowed (a correction due the same day).
 */
public final class CorrectionDeadline {

    /** Working days a unit has to correct a returned report, unless configured otherwise. */
    public static final int DEFAULT_WORKING_DAYS = 2;

    private final WorkingDayCalendar calendar;
    private final int workingDays;

    /**
     * @param workingDays working days after the day of the return; at least 1, since a correction due the day it is
     *                    asked for leaves the unit no time
     */
    public CorrectionDeadline(WorkingDayCalendar calendar, int workingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (workingDays < 1) {
            throw new IllegalArgumentException("a correction needs at least 1 working day, not " + workingDays);
        }
        this.workingDays = workingDays;
    }

    /** The rule with the default of {@value #DEFAULT_WORKING_DAYS} working days. */
    public static CorrectionDeadline withDefaults(WorkingDayCalendar calendar) {
        return new CorrectionDeadline(calendar, DEFAULT_WORKING_DAYS);
    }

    /** The last day (inclusive, in the plan's zone) for a correction of a report returned on {@code returnedOn}. */
    public LocalDate dueAfterReturnOn(LocalDate returnedOn) {
        return calendar.addWorkingDays(Objects.requireNonNull(returnedOn, "returnedOn"), workingDays);
    }

    /** Whether a day a supervisor names is acceptable for a return on {@code returnedOn}: not before it. */
    public static boolean accepts(LocalDate correctBy, LocalDate returnedOn) {
        return !correctBy.isBefore(returnedOn);
    }

    public int workingDays() {
        return workingDays;
    }
}
