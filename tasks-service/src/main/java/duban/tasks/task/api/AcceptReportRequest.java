package duban.tasks.task.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/reports/{reportId}/acceptance}. */
@Schema(name = "AcceptReportRequest", description = "A supervisor accepts (审核确认) a report, with an optional remark.")
public record AcceptReportRequest(
        @Size(max = 2000) @Schema(example = "内容翔实,佐证材料齐全") String note) {
}
