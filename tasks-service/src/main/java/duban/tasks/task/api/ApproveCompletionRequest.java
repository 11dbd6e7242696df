package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/completion-requests/approval}. */
@Schema(name = "ApproveCompletionRequest", description = "A supervisor closes the task on the pending request.")
public record ApproveCompletionRequest(
        @Size(max = 100) @Schema(description = "Milestones not done that are waived; every other one must be done",
                example = "[\"m-2017-12\"]") List<@NotBlank @Size(max = 100) String> waivedMilestoneIds,
        @Size(max = 2000) @Schema(example = "同意办结") String note) {
}
