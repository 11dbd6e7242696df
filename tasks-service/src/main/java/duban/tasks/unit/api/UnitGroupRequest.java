package duban.tasks.unit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/unit-groups} and of a redefinition. */
@Schema(name = "UnitGroupRequest", description = "A phrase of the notices and the units it stands for (单位组).")
public record UnitGroupRequest(
        @NotBlank @Size(max = 200) @Schema(example = "各县(市)、区") String phrase,
        @NotEmpty @Size(max = 200)
        @Schema(description = "The member units, each by id, name or alias", example = "[\"红旗区\", \"卫滨区\", \"卫辉市\"]")
        List<@NotBlank @Size(max = 200) String> members) {
}
