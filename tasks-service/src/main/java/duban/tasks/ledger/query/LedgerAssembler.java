package duban.tasks.ledger.query;

import duban.events.task.Allocation;
import duban.rules.status.TaskStatus;
import duban.tasks.ledger.query.DirectoryNames.GroupName;
import duban.tasks.ledger.query.DirectoryNames.Names;
import duban.tasks.ledger.query.DirectoryNames.UnitName;
import duban.tasks.notice.units.CategoryNames;
import duban.workbook.GroupEntry;
import duban.workbook.Ledger;
import duban.workbook.LedgerRow;
import duban.workbook.Milestone;
import duban.workbook.Quota;
import duban.workbook.Section;
import duban.workbook.UnitEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a folded plan into the workbook's {@link Ledger}: one row per leaf task, the areas and items above them
 * as sections, a quota per target, units and groups by name. One instance per ledger.
 */
final class LedgerAssembler {


    private final Names names;
    private final Set<String> unitIdsNamed = new LinkedHashSet<>();
    private final Map<String, String> groupNameById = new LinkedHashMap<>();
    private final Map<String, Integer> phraseUses = new HashMap<>();
    private final List<LedgerRow> rows = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Quota> quotas = new ArrayList<>();

    private LedgerAssembler(Names names) {
        this.names = names;
    }

    static Ledger assemble(PlanFold plan, Names names) {
        LedgerAssembler assembler = new LedgerAssembler(names);
        plan.roots().forEach(assembler::visit);
        return new Ledger(plan.title(), plan.docNumber(), assembler.rows, assembler.quotas, assembler.sections,
                assembler.units(), assembler.groups());
    }

    private void visit(TaskState task) {
        String title = oneLine(task.title);
        String detail = detail(task.text, task.title);
        if (!task.children.isEmpty()) {
            sections.add(new Section(task.code, task.code, title, detail));
            task.children.forEach(this::visit);
            return;
        }
        List<Quota> taskQuotas = task.targets.values().stream().map(target -> quota(task, target)).toList();
        quotas.addAll(taskQuotas);
        rows.add(new LedgerRow(task.code, task.code, title, detail, unitNames(task.leadUnitIds),
                unitNames(task.coUnitIds), task.timelineText, milestones(task), targetsText(taskQuotas),
                progress(task), completion(task)));
    }

    /** The 任务 cell is the title, a line break, the rest of the text: the text without its heading. */
    static String detail(String text, String title) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (title != null && text.startsWith(title)) {
            return text.substring(title.length());
        }
        return text;
    }

    private static String oneLine(String title) {
        return title == null ? "" : title.replaceAll("\\R+", " ").strip();
    }

    private List<String> unitNames(List<String> unitIds) {
        List<String> result = new ArrayList<>();
        for (String unitId : unitIds == null ? List.<String>of() : unitIds) {
            result.add(unitName(unitId));
        }
        return result;
    }

    private String unitName(String unitId) {
        unitIdsNamed.add(unitId);
        UnitName unit = names.units().get(unitId);
        return unit == null ? unitId : unit.name();
    }

    private static List<Milestone> milestones(TaskState task) {
        return task.milestones.values().stream()
                .map(m -> new Milestone(m.dueOn, m.description, m.soft, m.done))
                .toList();
    }

    private Quota quota(TaskState task, TaskState.TargetState target) {
        Map<String, duban.workbook.Allocation> shares = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        flatten(target.allocations(), null, shares, parents);
        return new Quota(task.code, target.description(), target.measureWord(), target.total(), shares, parents);
    }

    /** The breakdown tree, parents before their children: the importer rebuilds the tree from group members. */
    private void flatten(List<Allocation> allocations, String parent, Map<String, duban.workbook.Allocation> shares,
                         Map<String, String> parents) {
        for (Allocation allocation : allocations == null ? List.<Allocation>of() : allocations) {
            String holder = allocation.unitId() != null ? unitName(allocation.unitId()) : groupName(allocation.groupId());
            shares.put(holder, new duban.workbook.Allocation(allocation.min(),
                    allocation.max() == null ? allocation.min() : allocation.max(), allocation.soft(),
                    allocation.each()));
            if (parent != null) {
                parents.put(holder, parent);
            }
            flatten(allocation.children(), holder, shares, parents);
        }
    }

    /** A group's phrase; a second group of the same phrase (其他县(市)、区 of another sentence) gets #2. */
    private String groupName(String groupId) {
        return groupNameById.computeIfAbsent(groupId, id -> {
            GroupName group = names.groups().get(id);
            String phrase = group == null ? id : group.phrase();
            int use = phraseUses.merge(phrase, 1, Integer::sum);
            if (group != null) {
                group.memberIds().forEach(unitIdsNamed::add);
            }
            return use == 1 ? phrase : phrase + "#" + use;
        });
    }

    private static String targetsText(List<Quota> quotas) {
        List<String> lines = new ArrayList<>();
        for (Quota quota : quotas) {
            StringBuilder line = new StringBuilder(quota.description());
            if (quota.total() != null && !quota.description().contains(quota.total().toPlainString())) {
                line.append(' ').append(quota.total().toPlainString()).append(quota.measureWord());
            }
            List<String> shares = new ArrayList<>();
            quota.allocations().forEach((holder, share) -> shares.add(holder + shareText(share, quota.measureWord())));
            if (!shares.isEmpty()) {
                line.append(":").append(String.join("、", shares));
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static String shareText(duban.workbook.Allocation share, String measureWord) {
        String quantity = share.isRange() ? share.min().toPlainString() + "-" + share.max().toPlainString()
                : share.min().toPlainString();
        return (share.soft() ? "谋划" : "") + (share.each() ? "各" : "") + quantity + measureWord;
    }

    private String progress(TaskState task) {
        List<String> lines = new ArrayList<>();
        task.latestReports.values().stream()
                .sorted(Comparator.comparing(TaskState.ReportState::period,
                        Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .forEach(report -> lines.add(unitNameQuietly(report.unitId())
                        + (report.period() == null ? "" : "(" + report.period() + ")") + ":"
                        + (report.text() == null ? "" : report.text())));
        return String.join("\n", lines);
    }

    private String unitNameQuietly(String unitId) {
        UnitName unit = names.units().get(unitId);
        return unit == null ? unitId : unit.name();
    }

    private static String completion(TaskState task) {
        String status = task.status.label();
        if (task.status == TaskStatus.OPEN && task.completionRequested) {
            status = "申请办结";
        }
        long done = task.milestones.values().stream().filter(m -> m.done).count();
        return task.milestones.isEmpty() ? status
                : status + "\n节点 " + done + "/" + task.milestones.size() + " 已完成";
    }

    private List<UnitEntry> units() {
        List<UnitEntry> units = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String unitId : unitIdsNamed) {
            UnitName unit = names.units().get(unitId);
            if (unit != null && seen.add(unit.name())) {
                units.add(new UnitEntry(unit.name(), CategoryNames.chinese(unit.category()), unit.aliases()));
            }
        }
        return units;
    }

    private List<GroupEntry> groups() {
        List<GroupEntry> groups = new ArrayList<>();
        groupNameById.forEach((groupId, name) -> {
            GroupName group = names.groups().get(groupId);
            groups.add(new GroupEntry(name, group == null ? name : group.phrase(),
                    group == null ? List.of() : group.memberIds().stream().map(this::unitNameQuietly).toList()));
        });
        return groups;
    }
}
