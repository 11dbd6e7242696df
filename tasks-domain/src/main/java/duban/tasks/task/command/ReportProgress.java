package duban.tasks.task.command;

import duban.events.task.Attachment;
import duban.events.task.TargetCount;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A unit reports its progress (进展情况) for one reporting period.
 *
 * @param expectedVersion       the task version the client saw (If-Match); null skips the check
 * @param reportId              chosen by the caller, unique within the task
 * @param unitId                the reporting unit: a lead unit or an allocation holder
 * @param period                the reporting day closing the period; null means the period open now
 * @param counts                cumulative counts per target (they replace, never add)
 * @param milestonesClaimedDone milestones the unit says it has done; a supervisor confirms them with
 *                              {@link CompleteMilestone}
 */
public record ReportProgress(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String reportId,
        String unitId,
        LocalDate period,
        String text,
        List<TargetCount> counts,
        List<String> milestonesClaimedDone,
        List<Attachment> attachments) implements UnitFiledCommand {
}
