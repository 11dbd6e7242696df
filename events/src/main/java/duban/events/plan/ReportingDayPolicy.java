package duban.events.plan;

/** What happens to a reporting day that falls on a day off. */
public enum ReportingDayPolicy {
    /** Move it to the next working day (the default). */
    NEXT_WORKING_DAY,
    /** Keep the calendar date. */
    KEEP
}
