package duban.tasks.notice.structure;

import java.util.List;
import java.util.Set;

/**
 * 责任单位 names the lead only when nothing else does: under a 牵头单位 field of the same task, the 责任单位 are
 * the units that share the work (立山: "牵头单位:区发改局" then "责任单位:立山经济开发区,…"), so they are read as
 * co-responsible units instead of being merged into the lead.
 */
final class FieldRoles {

    /** Labels that name the lead in so many words. */
    private static final Set<String> EXPLICIT_LEAD = Set.of("牵头单位", "牵头责任单位", "牵头部门", "主要责任单位");
    /** Labels that name the lead only when no explicit lead label is given. */
    private static final Set<String> GENERIC = Set.of("责任单位", "责任部门");

    private FieldRoles() {
    }

    /** Rewrites, in place, the generic 责任单位 fields of a section that also has an explicit lead field. */
    static void assign(List<RawField> fields) {
        boolean explicitLead = fields.stream()
                .anyMatch(f -> f.kind() == FieldKind.LEAD && EXPLICIT_LEAD.contains(f.label()));
        boolean co = fields.stream().anyMatch(f -> f.kind() == FieldKind.CO);
        if (!explicitLead || co) {
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            RawField field = fields.get(i);
            if (field.kind() == FieldKind.LEAD && GENERIC.contains(field.label())) {
                fields.set(i, new RawField(FieldKind.CO, field.label(), field.value()));
            }
        }
    }
}
