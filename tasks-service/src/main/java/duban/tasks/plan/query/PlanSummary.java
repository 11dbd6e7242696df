package duban.tasks.plan.query;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the list of plans. */
@Schema(name = "PlanSummary", description = "The header of a plan (工作方案).")
public record PlanSummary(
        String id,
        @Schema(example = "新乡市2017年科技创新工作方案") String title,
        @Schema(description = "文号", example = "新政办〔2017〕102号") String docNumber,
        @Schema(example = "新乡市人民政府办公室") String issuer,
        @Schema(example = "2017-09-30") LocalDate issuedOn,
        Instant registeredAt) {
}
