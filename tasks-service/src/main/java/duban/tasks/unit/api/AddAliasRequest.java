package duban.tasks.unit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/units/{unitId}/aliases}. */
@Schema(name = "AddAliasRequest", description = "One more name (简称) a unit goes by.")
public record AddAliasRequest(@NotBlank @Size(max = 200) @Schema(example = "科技局") String alias) {
}
