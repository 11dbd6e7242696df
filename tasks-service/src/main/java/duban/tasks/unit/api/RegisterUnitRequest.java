package duban.tasks.unit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/units}. */
@Schema(name = "RegisterUnitRequest", description = "A new unit (单位) of the directory.")
public record RegisterUnitRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The full name", example = "新乡市科学技术局") String name,
        @NotBlank @Size(max = 40)
        @Schema(description = "CITY_DEPARTMENT (市直部门), COUNTY (县(市)), DISTRICT (区), FUNCTIONAL_ZONE (功能区), "
                + "UNIVERSITY (高校), INSTITUTE (院所) or OTHER (其他); the code or the Chinese label",
                example = "市直部门") String category,
        @Size(max = 20) @Schema(description = "简称, other spellings the notices use", example = "[\"市科技局\"]")
        List<@NotBlank @Size(max = 200) String> aliases) {
}
