package duban.tasks.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happens to a reporting day (报送日) that falls on a day off, as a request to register or amend a plan names
 * it: the HTTP body's own type, so that the Kafka contract does not fix the body's shape, with the values of the
 * {@link duban.events.plan.ReportingDayPolicy} the plan's events record.
 */
@Schema(name = "ReportingDayPolicyRequest")
public enum ReportingDayPolicy {
    /** Move it to the next working day (the default). */
    NEXT_WORKING_DAY,
    /** Keep the calendar date. */
    KEEP;

    /** The policy as the plan's commands take it; absent stays absent. */
    static duban.events.plan.ReportingDayPolicy recorded(ReportingDayPolicy policy) {
        if (policy == null) {
            return null;
        }
        return switch (policy) {
            case NEXT_WORKING_DAY -> duban.events.plan.ReportingDayPolicy.NEXT_WORKING_DAY;
            case KEEP -> duban.events.plan.ReportingDayPolicy.KEEP;
        };
    }
}
