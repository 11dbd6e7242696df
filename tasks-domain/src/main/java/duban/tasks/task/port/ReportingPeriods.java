package duban.tasks.task.port;

import duban.tasks.task.domain.Task;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The reporting periods (报送期) of a plan, as the working-day calendar makes them. The Task aggregate
 * cannot know a plan's reporting days nor the holidays, so the app provides this and registers it as an
 * Axon component; Axon then passes it to the command handlers that take it as a parameter.
 *
 * <p>Contract, for a plan with reporting days D (default 5 and 20), time zone Z and day-off policy P:
 * <ul>
 *   <li>A <em>reporting day</em> is, for each month and each d in D, that month's day d moved by P
 *       (NEXT_WORKING_DAY: to the next working day of the calendar; KEEP: unchanged). A period is
 *       named by its reporting day and covers the days after the previous reporting day up to and
 *       including it, ending at 24:00 in Z.</li>
 *   <li>The task's <em>first</em> reporting day is the first one at least 2 days after the task's
 *       creation (the creation instant read as a date in Z), the rule for when obligations start.</li>
 *   <li>A period is <em>open</em> once its first day has begun in Z ("today" is the app's clock):
 *       every past period of the task stays open, so late reports are accepted (and judged LATE by
 *       the read side); a period after the current one is not open yet.</li>
 * </ul>
 * Implementations must be side-effect free and fast: they run inside the command's unit of work.
 */
public interface ReportingPeriods {

    /**
     * Judges the period a report names.
     *
     * @param planId        the task's plan
     * @param taskCreatedAt when the task was created (its first event's timestamp)
     * @param period        the reporting day the report names
     */
    PeriodVerdict judge(String planId, Instant taskCreatedAt, LocalDate period);

    /** The period open today in the plan's zone: the first reporting day on or after today. */
    LocalDate currentPeriod(String planId);
}
