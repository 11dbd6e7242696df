package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit reported its progress (进展情况) for a reporting period.
 *
 * @param period                the reporting day (报送日) that closes the period, e.g. 2017-11-20
 * @param counts                cumulative counts per target
 * @param milestonesClaimedDone milestones the unit says it has done
 */
@EventType("duban.task.progress-reported.v1")
public record ProgressReported(
        String taskId,
        String reportId,
        String unitId,
        LocalDate period,
        String text,
        List<TargetCount> counts,
        List<String> milestonesClaimedDone,
        List<Attachment> attachments) implements TaskEvent {
}
