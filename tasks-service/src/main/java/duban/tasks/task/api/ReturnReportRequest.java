package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/reports/{reportId}/return}. */
@Schema(name = "ReturnReportRequest", description = "A supervisor returns (退回) a report to its unit, saying why.")
public record ReturnReportRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "Shown to the unit", example = "未见佐证材料,请补充认定证书")
        String reason,
        @Schema(description = "The last day (the plan's time zone) for the correction, not before today; absent: "
                + "2 working days after today (duban.rules.review.correction-working-days)", example = "2017-11-23")
        LocalDate correctBy) {
}
