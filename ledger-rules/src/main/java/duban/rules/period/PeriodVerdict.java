package duban.rules.period;

/** Whether a report may name a period: the answer of {@link ReportablePeriods}. */
public enum PeriodVerdict {
    /** A reporting day of the plan, on or after the task's first one, and already open (late reports included). */
    OPEN,
    /** Not a reporting day of the plan (after the plan's day-off policy). */
    NOT_A_PERIOD,
    /** A reporting day of the plan, but before the task's first reporting day. */
    BEFORE_TASK,
    /** A reporting day of the task that has not opened yet. */
    NOT_YET_OPEN
}
