package duban.tasks.plan.query;

import duban.events.plan.ReportingDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan (工作方案) as its events tell it.
 *
 * @param reportReview whether reports are reviewed (审核), as set last by then; OFF when never set
 * @param version      the sequence number of its last event: the ETag and the If-Match value
 */
@Schema(name = "Plan", description = "A plan (工作方案): one government notice and its reporting rules.")
public record PlanView(
        @Schema(example = "5d0c7c1e-3f4a-4c5e-9a39-0f5e8a1b2c3d") String id,
        @Schema(example = "新乡市2017年科技创新工作方案") String title,
        @Schema(description = "文号", example = "新政办〔2017〕102号") String docNumber,
        @Schema(example = "新乡市人民政府办公室") String issuer,
        @Schema(example = "2017-09-30") LocalDate issuedOn,
        @Schema(description = "报送日: days of the month units report on", example = "[5, 20]") List<Integer> reportingDays,
        @Schema(example = "Asia/Shanghai") String timeZone,
        ReportingDayPolicy reportingDayPolicy,
        @Schema(description = "Whether a supervisor accepts or returns (审核确认 / 退回) every progress report; OFF "
                + "until set", example = "REQUIRED") ReportReview reportReview,
        @Schema(example = "0") long version,
        Instant registeredAt,
        Instant updatedAt) {
}
