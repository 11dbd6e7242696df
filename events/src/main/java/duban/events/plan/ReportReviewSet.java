package duban.events.plan;

import duban.events.EventType;

/**
 * Whether a supervisor reviews (审核) the plan's progress reports from now on. Without this event a plan's reports
 * are not reviewed: a filed report counts as filed.
 *
 * @param required true: a period counts as filed only with an accepted report; false: review is off
 * @param reason   why the rule changed, or null
 */
@EventType("duban.plan.report-review-set.v1")
public record ReportReviewSet(String planId, boolean required, String reason) implements PlanEvent {
}
