package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * 审核确认: a supervisor accepts the report (or correction) in force for its unit and period, on a plan whose
 * reports are reviewed.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param note            the supervisor's remark, or null
 */
public record AcceptReport(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String reportId,
        String note) {
}
