package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;
import java.util.List;

/** A report was superseded by a corrected one; the first stays in the history, with the reason. */
@EventType("duban.task.progress-report-corrected.v1")
public record ProgressReportCorrected(
        String taskId,
        String reportId,
        String supersedesReportId,
        String unitId,
        LocalDate period,
        String text,
        List<TargetCount> counts,
        List<String> milestonesClaimedDone,
        List<Attachment> attachments,
        String reason) implements TaskEvent {
}
