package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/unit-assignments}: the units replace the current ones. */
@Schema(name = "ReassignUnitsRequest", description = "The task's new lead (牵头) and co-responsible (同责) units, "
        + "each named by id, name or alias.")
public record ReassignUnitsRequest(
        @NotEmpty @Size(max = 50) @Schema(example = "[\"市科技局\", \"市财政局\"]")
        List<@NotBlank @Size(max = 100) String> leadUnitIds,
        @Size(max = 200) @Schema(example = "[\"红旗区\", \"牧野区\"]") List<@NotBlank @Size(max = 100) String> coUnitIds,
        @Size(max = 2000) @Schema(example = "机构改革后职责调整") String reason) {
}
