package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;

/**
 * A supervisor returned (退回) a progress report to its unit, on a plan whose reports are reviewed. The unit answers
 * with a correction ({@link ProgressReportCorrected}), which is reviewed in turn.
 *
 * @param reportId  the report or correction returned
 * @param reason    why, shown to the unit
 * @param correctBy the last day (in the plan's time zone) by which a correction keeps the period from counting as
 *                  missing, fixed when the report was returned
 */
@EventType("duban.task.report-returned.v1")
public record ReportReturned(String taskId, String reportId, String reason, LocalDate correctBy)
        implements TaskEvent {
}
