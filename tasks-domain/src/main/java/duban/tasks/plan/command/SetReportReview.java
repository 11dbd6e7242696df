package duban.tasks.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Turn the review (审核) of the plan's progress reports on or off; setting it to what it is changes nothing and is
 * refused.
 *
 * @param expectedVersion the plan version the client saw (If-Match); null skips the check
 * @param required        true: a supervisor accepts or returns every report; false: a filed report counts as filed
 * @param reason          why, or null
 */
public record SetReportReview(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        boolean required,
        String reason) {
}
