package duban.tasks.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/plans}. */
@Schema(name = "RegisterPlanRequest", description = "A new plan (工作方案): the header of one government notice.")
public record RegisterPlanRequest(
        @NotBlank @Size(max = 500) @Schema(example = "新乡市2017年科技创新工作方案") String title,
        @Size(max = 200) @Schema(description = "文号", example = "新政办〔2017〕102号") String docNumber,
        @Size(max = 200) @Schema(example = "新乡市人民政府办公室") String issuer,
        @Schema(example = "2017-09-30") LocalDate issuedOn,
        @Size(min = 1, max = 28) @Schema(description = "报送日, days 1 to 28; absent means [5, 20]", example = "[5, 20]")
        List<@NotNull @Min(1) @Max(28) Integer> reportingDays,
        @Size(max = 60) @Schema(description = "IANA zone; absent means Asia/Shanghai", example = "Asia/Shanghai")
        String timeZone,
        @Schema(description = "A reporting day on a day off; absent means NEXT_WORKING_DAY")
        ReportingDayPolicy reportingDayPolicy) {
}
