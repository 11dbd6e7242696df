package duban.tasks.task.port;

import duban.events.task.ReportingCadence;
import duban.rules.period.PeriodVerdict;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The reporting periods (报送期) of a task, as its plan's reporting rule, its own cadence and the working-day calendar
 * make them (the ledger rules' {@code TaskReporting}). The Task aggregate cannot know a plan's reporting days nor the
 * holidays, so the app provides this and registers it as an Axon component; Axon then passes it to the command
 * handlers that take it as a parameter.
 *
 * <p>Contract:
 * <ul>
 *   <li>A <em>reporting day</em> is a nominal day of the task's schedule (its plan's days, or its own cadence's),
 *       moved by the plan's day-off policy. A period is named by its nominal day.</li>
 *   <li>The task's <em>first</em> reporting day is the first at least 2 days after the task's creation (or after
 *       its cadence starts, when later), the rule for when obligations start.</li>
 *   <li>A period is <em>open</em> once it has begun ("now" is the app's clock): every past period of the task stays
 *       open, so late reports are accepted (and judged LATE by the read side); a later period is not open yet,
 *       but for the task's first period, open from the task's creation (created within 2 days of a deadline, it
 *       owes nothing for that period, and its units can report for the next at once).</li>
 * </ul>
 * Implementations must be side-effect free and fast: they run inside the command's unit of work.
 */
public interface ReportingPeriods {

    /**
     * Judges the period a report names.
     *
     * @param planId        the task's plan
     * @param cadence       the task's own cadence, null when it reports on its plan's days
     * @param taskCreatedAt when the task was created (its first event's timestamp)
     * @param period        the reporting day the report names
     */
    PeriodVerdict judge(String planId, ReportingCadence cadence, Instant taskCreatedAt, LocalDate period);

    /**
     * The period a report naming none is for: the one open now for a task of this plan and cadence, or the task's
     * first period when that comes later (a task created within two days of a deadline).
     */
    LocalDate currentPeriod(String planId, ReportingCadence cadence, Instant taskCreatedAt);
}
