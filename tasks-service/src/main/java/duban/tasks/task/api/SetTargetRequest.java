package duban.tasks.task.api;

import duban.events.task.Allocation;
import duban.tasks.unit.query.UnitReferences;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/targets}: sets a target, or replaces the one with its id. */
@Schema(name = "SetTargetRequest", description = "A numeric target (目标) and its breakdown (目标分解): "
        + "\"新培育高新技术企业30家,其中:红旗区2家、牧野区2家…\"")
public record SetTargetRequest(
        @Pattern(regexp = Recorded.ID_PATTERN, message = Recorded.ID_MESSAGE)
        @Schema(description = "An existing id replaces that target; generated when absent", example = "t-gaoqi")
        String targetId,
        @Size(max = 2000) @Schema(example = "新培育高新技术企业") String description,
        @NotBlank @Size(max = 10) @Schema(example = "家") String measureWord,
        @NotNull @PositiveOrZero @Schema(example = "30") BigDecimal total,
        @Size(max = 200) List<@Valid @NotNull Share> allocations,
        @Size(max = 100) @Schema(description = "Named items the target lists (e.g. projects)")
        List<@NotBlank @Size(max = 500) String> namedItems,
        @Schema(description = "The breakdown does not add up because the notice itself does not: record it as "
                + "written, with warnings; false refuses a mismatch (422 allocation-mismatch)")
        boolean acceptMismatch,
        @Pattern(regexp = Recorded.ID_PATTERN, message = Recorded.ID_MESSAGE)
        @Schema(description = "Another target of this task, set before, that this one is a part of "
                + "(新引进新型研发机构19家…,其中新引进高端新型研发机构6家); absent when it stands alone. A target the task "
                + "does not have, the target itself or a circle is refused (422 invalid-part-of)",
                example = "t-institutes")
        String partOfTargetId) {

    /**
     * One share of the breakdown, held by a unit (by id, name or alias) or a unit group (by id).
     *
     * @param each a group share every member owes in full (各完成5项)
     * @param soft 谋划: outside the total, neither counted nor owed
     */
    @Schema(name = "TargetShare", description = "A share of a target, possibly broken down further.")
    public record Share(
            @Size(max = 100) @Schema(example = "红旗区") String unit,
            @Size(max = 100) @Schema(description = "A unit group's id (各县(市)、区)") String groupId,
            boolean each,
            @NotNull @PositiveOrZero @Schema(example = "2") BigDecimal min,
            @PositiveOrZero @Schema(description = "The high end of a range (1-2家); absent for a single quantity")
            BigDecimal max,
            boolean soft,
            @Size(max = 100) List<@Valid @NotNull Share> children) {
    }

    /** The breakdown as the command takes it, with every unit resolved to its id. */
    List<Allocation> allocations(UnitReferences.Resolution units) {
        return allocations(units, "allocations", allocations);
    }

    private static List<Allocation> allocations(UnitReferences.Resolution units, String field, List<Share> shares) {
        List<Allocation> resolved = new ArrayList<>();
        if (shares != null) {
            for (int i = 0; i < shares.size(); i++) {
                Share share = shares.get(i);
                String at = field + "[" + i + "]";
                resolved.add(new Allocation(units.unit(at + ".unit", share.unit()), share.groupId(), share.each(),
                        share.min(), share.max(), share.soft(), allocations(units, at + ".children", share.children())));
            }
        }
        return resolved;
    }
}
