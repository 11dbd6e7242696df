package duban.tasks.plan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/plans/{planId}/report-review}. */
@Schema(name = "SetReportReviewRequest", description = "Whether a supervisor reviews (审核) the plan's reports from now "
        + "on, and why.")
public record SetReportReviewRequest(
        @NotNull @Schema(description = "true: every report is accepted or returned by a supervisor; false: a filed "
                + "report counts as filed (the default)", example = "true") Boolean required,
        @Size(max = 2000) @Schema(example = "报送内容须经督查室审核确认") String reason) {
}
