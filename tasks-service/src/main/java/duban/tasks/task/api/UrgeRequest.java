package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/urges}. */
@Schema(name = "UrgeRequest", description = "A supervisor urges (催办) units of the task.")
public record UrgeRequest(
        @NotEmpty @Size(max = 200) @Schema(description = "Units of the task, by id, name or alias",
                example = "[\"红旗区\", \"牧野区\"]") List<@NotBlank @Size(max = 100) String> unitIds,
        @Size(max = 2000) @Schema(example = "请于11月20日前报送高新技术企业培育进展") String message) {
}
