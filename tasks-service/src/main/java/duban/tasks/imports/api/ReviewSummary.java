package duban.tasks.imports.api;

import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of a parsed plan a reviewer reads before the tree: whether the notice came out whole (as many tasks
 * as it numbers), how many units the import would register, and which kinds of warning to look at.
 *
 * @param tasks          every node of the task tree, areas included
 * @param leafTasks      tasks without sub-tasks: those that carry units and deadlines
 * @param unitsNew       units the directory does not know: the import registers them
 * @param unitsKnown     units the directory knows (by name or alias)
 * @param groups         unit groups (单位组) the notice uses
 * @param milestones     dated clauses (节点) over all tasks
 * @param targets        numeric targets (目标) over all tasks
 * @param warnings       warnings in all
 * @param warningsByCode warnings counted by code, in the order of the codes; codes without a warning left out
 */
@Schema(description = "The counts of the parsed plan, first in a dry run's answer: tasks, leaf tasks, units new and "
        + "known, groups, milestones, targets, warnings by code")
public record ReviewSummary(
        int tasks,
        int leafTasks,
        int unitsNew,
        int unitsKnown,
        int groups,
        int milestones,
        int targets,
        int warnings,
        @Schema(description = "warning code → how many") Map<WarningCode, Integer> warningsByCode) {

    public ReviewSummary {
        Map<WarningCode, Integer> inCodeOrder = new EnumMap<>(WarningCode.class);
        inCodeOrder.putAll(warningsByCode);
        warningsByCode = Collections.unmodifiableMap(inCodeOrder);
    }

    static ReviewSummary of(ParsedNotice notice) {
        List<ParsedTask> all = notice.allTasks();
        long known = notice.units().stream().filter(ParsedUnit::known).count();
        Map<WarningCode, Integer> byCode = new EnumMap<>(WarningCode.class);
        for (Warning warning : notice.warnings()) {
            byCode.merge(warning.code(), 1, Integer::sum);
        }
        return new ReviewSummary(
                all.size(),
                notice.leafTasks().size(),
                notice.units().size() - (int) known,
                (int) known,
                notice.groups().size(),
                all.stream().mapToInt(task -> task.milestones().size()).sum(),
                all.stream().mapToInt(task -> task.targets().size()).sum(),
                notice.warnings().size(),
                byCode);
    }
}
