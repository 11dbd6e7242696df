package duban.tasks.unit.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit by id and name, as answers name the units they list; the name is null when the directory lacks the id. */
@Schema(name = "UnitRef", description = "A unit (单位) by id and name.")
public record UnitRef(
        @Schema(example = "0f8b5a34-6f0e-3c1d-9f5e-2b7a4c9d1e20") String id,
        @Schema(example = "市科技局") String name) {
}
