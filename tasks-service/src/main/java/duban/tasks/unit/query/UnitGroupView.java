package duban.tasks.unit.query;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit group (单位组) as its events tell it.
 *
 * @param version the sequence number of its last definition: the ETag and the If-Match value; null in the list
 */
@Schema(name = "UnitGroupDefinition", description = "A phrase of the notices standing for many units (单位组).")
public record UnitGroupView(
        String id,
        @Schema(example = "各县(市)、区") String phrase,
        @Schema(description = "The units the phrase stands for") List<UnitRef> members,
        @Schema(example = "0") Long version,
        Instant definedAt,
        Instant updatedAt) {
}
