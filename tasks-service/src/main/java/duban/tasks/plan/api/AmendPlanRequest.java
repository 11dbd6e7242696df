package duban.tasks.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/plans/{planId}/amendments}: an absent field is left as it is. */
@Schema(name = "AmendPlanRequest", description = "What changes in a plan's header or reporting rules, and why.")
public record AmendPlanRequest(
        @Size(max = 500) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "新乡市2017年科技创新工作方案(修订)") String title,
        @Size(max = 200) @Schema(description = "文号", example = "新政办〔2017〕102号") String docNumber,
        @Size(max = 200) @Schema(example = "新乡市人民政府办公室") String issuer,
        @Schema(example = "2017-10-09") LocalDate issuedOn,
        @Size(min = 1, max = 28) @Schema(example = "[10, 25]") List<@NotNull @Min(1) @Max(28) Integer> reportingDays,
        @Size(max = 60) @Schema(example = "Asia/Shanghai") String timeZone,
        ReportingDayPolicy reportingDayPolicy,
        @Size(max = 2000) @Schema(example = "市政府办公室调整报送日") String reason) {
}
