package duban.tasks.notice.model;

import java.util.List;

/**
 * A node of the task tree (任务): an area (一、 / (一)), an item (1.) or a leaf ((1)).
 *
 * @param code         the position in the notice, e.g. 一.(二).1.(2); §1 for a heading without a number
 * @param level        the numbering level: 1 for 一、, 2 for (一), 3 for 1., 4 for (1), 5 for ①; 0 unnumbered
 * @param line         the line of the heading
 * @param title        the heading up to its first 。
 * @param text         the task's full text without its fields, verbatim
 * @param leadUnits    牵头单位 named one by one, canonical names
 * @param leadGroups   牵头单位 given as a group phrase, group keys
 * @param coUnits      同责单位 / 配合单位 named one by one, canonical names, never a lead unit of the same task
 * @param coGroups     同责单位 given as a group phrase (各县(市)、区), group keys
 * @param leaders      leader lines (分管领导, 牵头负责领导), kept as data
 * @param timelineText 时间进度 / 完成时限 exactly as the notice words it, null when it has none
 * @param milestones   the dated clauses of the timeline (节点)
 * @param cadence      how often the task reports, when the timeline says so (每半月报送), else null
 * @param targets      numeric targets (目标) with their breakdown (目标分解)
 * @param children     sub-tasks in notice order
 */
public record ParsedTask(
        String code,
        int level,
        int line,
        String title,
        String text,
        List<String> leadUnits,
        List<String> leadGroups,
        List<String> coUnits,
        List<String> coGroups,
        List<LeaderLine> leaders,
        String timelineText,
        List<Milestone> milestones,
        Cadence cadence,
        List<Target> targets,
        List<ParsedTask> children) {

    public ParsedTask {
        leadUnits = List.copyOf(leadUnits);
        leadGroups = List.copyOf(leadGroups);
        coUnits = List.copyOf(coUnits);
        coGroups = List.copyOf(coGroups);
        leaders = List.copyOf(leaders);
        milestones = List.copyOf(milestones);
        targets = List.copyOf(targets);
        children = List.copyOf(children);
    }
}
