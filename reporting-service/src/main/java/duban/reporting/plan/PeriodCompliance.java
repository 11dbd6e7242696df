package duban.reporting.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who owed a report for one reporting period of a plan, and how each did. */
@Schema(name = "PeriodCompliance", description = "Every (task, unit) that owed the period, with its state")
public record PeriodCompliance(String planId, LocalDate period, Instant asOf, int owed, int onTime, int late,
                               int missing, int open, List<Line> lines) {

    /** One unit's record on one task for the period. */
    @Schema(name = "PeriodComplianceLine")
    public record Line(String taskId, String code, String title, String unitId, String unitName,
                       @Schema(enumeration = {"ON_TIME", "LATE", "MISSING", "OPEN"}) String state,
                       LocalDate deadlineDate, Instant deadlineAt, Instant filedAt, String reportId) {
    }
}
