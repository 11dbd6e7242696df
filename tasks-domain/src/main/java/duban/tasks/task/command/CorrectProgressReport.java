package duban.tasks.task.command;

import duban.events.task.Attachment;
import duban.events.task.TargetCount;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Supersede a report with a corrected one (reports are never edited or deleted). The correction keeps
 * the period of the report it replaces, and its counts replace that report's cumulative counts.
 *
 * @param expectedVersion    the task version the client saw (If-Match); null skips the check
 * @param reportId           the id of the correction, unique within the task
 * @param supersedesReportId the report in force being replaced (a report or an earlier correction)
 * @param unitId             the unit that filed the report being replaced
 * @param reason             required: why the report was wrong
 */
public record CorrectProgressReport(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String reportId,
        String supersedesReportId,
        String unitId,
        String text,
        List<TargetCount> counts,
        List<String> milestonesClaimedDone,
        List<Attachment> attachments,
        String reason) implements UnitFiledCommand {
}
