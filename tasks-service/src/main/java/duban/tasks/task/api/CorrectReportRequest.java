package duban.tasks.task.api;

import duban.tasks.task.api.ReportProgressRequest.AttachmentInfo;
import duban.tasks.task.api.ReportProgressRequest.Count;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/tasks/{taskId}/reports/{reportId}/corrections}: the corrected report in full.
 * It keeps the period of the report it replaces, and its counts replace that report's counts.
 */
@Schema(name = "CorrectReportRequest", description = "A correction superseding a report in force (reports are "
        + "never edited).")
public record CorrectReportRequest(
        @Pattern(regexp = Recorded.ID_PATTERN, message = Recorded.ID_MESSAGE)
        @Schema(description = "The correction's id, unique within the task; generated when absent",
                example = "r-2017-11-20-kjj-2") String reportId,
        @NotBlank @Size(max = 100) @Schema(description = "The unit that filed the report, by id, name or alias",
                example = "市科技局") String unitId,
        @NotBlank @Size(max = 20000) @Schema(example = "已完成第二批高企推荐工作,推荐企业15家。") String text,
        @Size(max = 100) List<@Valid @NotNull Count> counts,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> milestonesClaimedDone,
        @Size(max = 50) List<@Valid @NotNull AttachmentInfo> attachments,
        @NotBlank @Size(max = 2000) @Schema(example = "推荐企业数量填报有误") String reason) {
}
