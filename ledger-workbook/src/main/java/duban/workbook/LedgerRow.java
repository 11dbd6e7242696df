package duban.workbook;

import java.util.List;

/**
 * One leaf task of the 工作台账.
 *
 * @param serial         序号 as the clerk reads it, the path through the plan's levels: "一.(二).1.(2)"
 * @param taskCode       the machine code of the task in the plan's tree ("1.2.1.2"); the importer keys the
 *                       task on it, so it survives edits of the visible 序号
 * @param title          the task's title, the first line of the 任务 cell; never contains a line break
 * @param detail         the task's text after its title, possibly empty
 * @param leadUnits      牵头单位, by name as written (a unit group such as 各县(市)、区 is a name too)
 * @param coUnits        同责单位, by name as written
 * @param timeline       时间进度, verbatim
 * @param milestones     the dated clauses of the timeline, as parsed
 * @param targets        目标分解 as human text ("新培育高新技术企业30家:红旗区2家、…"); the machine-readable
 *                       breakdown is in {@link Ledger#quotas()}
 * @param latestProgress 最新进展
 * @param completion     完成情况
 */
public record LedgerRow(
        String serial,
        String taskCode,
        String title,
        String detail,
        List<String> leadUnits,
        List<String> coUnits,
        String timeline,
        List<Milestone> milestones,
        String targets,
        String latestProgress,
        String completion) {

    public LedgerRow {
        serial = Text.orEmpty(serial);
        taskCode = Text.orEmpty(taskCode);
        title = Text.orEmpty(title);
        detail = Text.orEmpty(detail);
        if (title.contains("\n")) {
            // The 任务 cell is title + "\n" + detail; a line break in the title would move text into the detail.
            throw new IllegalArgumentException("a task title must be one line: " + title);
        }
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
        UnitNames.requireOneLine(leadUnits);
        UnitNames.requireOneLine(coUnits);
        timeline = Text.orEmpty(timeline);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        targets = Text.orEmpty(targets);
        latestProgress = Text.orEmpty(latestProgress);
        completion = Text.orEmpty(completion);
    }
}
