package duban.view.slice;

import duban.events.task.Attachment;
import duban.events.task.TargetCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress report (进展情况) or a correction of one, as the ledger recorded it.
 *
 * @param supersedesReportId the report a correction replaces; null for a first report
 * @param supersededBy       the correction that replaced this one by the instant looked at; null while it is in force
 */
public record Filing(String reportId, String unitId, LocalDate period, Instant recordedAt, String supersedesReportId,
                     String text, List<TargetCount> counts, List<String> milestonesClaimedDone,
                     List<Attachment> attachments, String reason, String supersededBy) {

    public Filing {
        counts = List.copyOf(counts);
        milestonesClaimedDone = List.copyOf(milestonesClaimedDone);
        attachments = List.copyOf(attachments);
    }

    public boolean inForce() {
        return supersededBy == null;
    }

    Filing supersededBy(String correctionId) {
        return new Filing(reportId, unitId, period, recordedAt, supersedesReportId, text, counts,
                milestonesClaimedDone, attachments, reason, correctionId);
    }
}
