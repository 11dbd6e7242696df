package duban.reporting.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who owed a report for one reporting period of a plan, and how each did.
 *
 * @param returned how many of the lines stand returned (退回) for correction, or missing after a return
 */
@Schema(name = "PeriodCompliance", description = "Every (task, unit) that owed the period, with its state")
public record PeriodCompliance(String planId, LocalDate period, Instant asOf, int owed, int onTime, int late,
                               int missing, int open, int returned, List<Line> lines) {

    /**
     * One unit's record on one task for the period.
     *
     * @param review       where the report deciding the period stands in review (审核); null when not reviewed
     * @param returnReason why it was returned (退回), while it is; null otherwise
     * @param correctBy    the last day its correction is due, while it is returned; null otherwise
     */
    @Schema(name = "PeriodComplianceLine")
    public record Line(String taskId, String code, String title, String unitId, String unitName,
                       @Schema(enumeration = {"ON_TIME", "LATE", "MISSING", "OPEN"}) String state,
                       LocalDate deadlineDate, Instant deadlineAt, Instant filedAt, String reportId,
                       @Schema(enumeration = {"PENDING", "ACCEPTED", "RETURNED"}) String review,
                       @Schema(example = "内容空泛，未写明进度") String returnReason,
                       @Schema(example = "2017-11-23") LocalDate correctBy) {
    }
}
