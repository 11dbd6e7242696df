package duban.reporting.view;

import duban.view.slice.Filing;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit's progress report (进展情况) as the ledger recorded it.
 *
 * @param reportedAt when the ledger recorded it
 * @param supersedes the report it corrected; null for a first report
 */
@Schema(name = "ReportEntry", description = "A unit's progress report (进展情况) as the ledger recorded it")
public record ReportEntry(String reportId, LocalDate period, String text, Instant reportedAt, String supersedes) {

    public static ReportEntry of(Filing filing) {
        return filing == null ? null : new ReportEntry(filing.reportId(), filing.period(), filing.text(),
                filing.recordedAt(), filing.supersedesReportId());
    }
}
