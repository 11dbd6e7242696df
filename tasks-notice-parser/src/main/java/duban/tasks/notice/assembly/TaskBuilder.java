package duban.tasks.notice.assembly;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.Allocation;
import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.Target;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.structure.FieldKind;
import duban.tasks.notice.structure.RawField;
import duban.tasks.notice.structure.RawSection;
import duban.tasks.notice.targets.RawAllocation;
import duban.tasks.notice.targets.RawTarget;
import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Punctuation;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.timeline.RawTimeline;
import duban.tasks.notice.units.GroupResolution;
import duban.tasks.notice.units.RawHolder;
import duban.tasks.notice.units.UnitResolution;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns read sections into the model's tasks, with canonical units and group keys. */
final class TaskBuilder {

    private final Map<RawSection, SectionUnits> units;
    private final Map<RawSection, RawTimeline> timelines;
    private final UnitResolution resolution;
    private final GroupResolution groups;
    private final TargetChecker checker;
    private final Warnings warnings;

    TaskBuilder(Map<RawSection, SectionUnits> units, Map<RawSection, RawTimeline> timelines,
            UnitResolution resolution, GroupResolution groups, Warnings warnings) {
        this.units = units;
        this.timelines = timelines;
        this.resolution = resolution;
        this.groups = groups;
        this.checker = new TargetChecker(groups, warnings);
        this.warnings = warnings;
    }

    ParsedTask build(RawSection section) {
        return build(section, List.of());
    }

    /**
     * @param inherited the leaders a section above names in its heading (王宏副市长牵头重点工作), for the tasks under it
     *                  that name none of their own
     */
    private ParsedTask build(RawSection section, List<LeaderLine> inherited) {
        List<LeaderLine> leaders = leaders(section);
        List<LeaderLine> fromHeading = LeaderHeading.read(section.heading(), section.line()).map(List::of)
                .orElse(List.of());
        if (leaders.isEmpty()) {
            leaders = fromHeading.isEmpty() ? inherited : fromHeading;
        }
        List<LeaderLine> forChildren = fromHeading.isEmpty() ? inherited : fromHeading;
        SectionUnits written = units.get(section);
        List<String> lead = unitNames(written.lead());
        List<String> co = unitNames(written.co());
        for (String unit : List.copyOf(co)) {
            if (lead.contains(unit)) {
                co.remove(unit);
                warnings.add(written.coLine(), WarningCode.UNIT_LEAD_AND_CO,
                        unit + " is named as lead and as co-responsible unit; it stays a lead unit", unit);
            }
        }
        List<String> leadGroups = groupKeys(written.lead());
        List<ParsedTask> children = section.children().stream().map(child -> build(child, forChildren)).toList();
        RawTimeline timeline = timelines.get(section);
        String timelineText = timelineText(section);
        if (children.isEmpty() && lead.isEmpty() && leadGroups.isEmpty()) {
            warnings.add(section.line(), WarningCode.NO_LEAD_UNIT, "a task without sub-tasks and without lead unit",
                    section.heading().verbatim());
        }
        if ((!lead.isEmpty() || !leadGroups.isEmpty()) && timelineText == null
                && (timeline == null || timeline.milestones().isEmpty())) {
            warnings.add(section.line(), WarningCode.NO_TIMELINE, "the task has lead units but no timeline and its "
                    + "text gives no date", section.heading().verbatim());
        }
        List<Target> targets = timeline == null ? List.of() : timeline.targets().stream().map(this::target).toList();
        checker.check(targets);
        return new ParsedTask(section.code(), section.level(), section.line(), title(section.heading()), text(section),
                lead, leadGroups, co, groupKeys(written.co()), leaders, timelineText,
                timeline == null ? List.of() : timeline.milestones(), timeline == null ? null : timeline.cadence(),
                targets, children);
    }

    static String title(Snippet heading) {
        Brackets brackets = Brackets.of(heading.text());
        for (int i = 0; i < heading.length(); i++) {
            if (heading.text().charAt(i) == '。' && brackets.depth(i) == 0) {
                return heading.sub(0, i).strip(Punctuation.TRAILING).verbatim();
            }
        }
        return heading.strip(Punctuation.TRAILING).verbatim();
    }

    static String text(RawSection section) {
        List<Snippet> parts = new ArrayList<>();
        if (!section.heading().isEmpty()) {
            parts.add(section.heading());
        }
        parts.addAll(section.body());
        return parts.isEmpty() ? "" : Snippet.join(parts, "\n").verbatim();
    }

    private static String timelineText(RawSection section) {
        List<Snippet> values = section.fields().stream().filter(f -> f.kind() == FieldKind.TIMELINE)
                .map(RawField::value).toList();
        return values.isEmpty() ? null : Snippet.join(values, "\n").verbatim();
    }

    private static List<LeaderLine> leaders(RawSection section) {
        return section.fields().stream().filter(f -> f.kind() == FieldKind.LEADER)
                .map(f -> new LeaderLine(f.label(), f.value().verbatim(), f.value().line())).toList();
    }

    private List<String> unitNames(List<RawHolder> holders) {
        Set<String> names = new LinkedHashSet<>();
        for (RawHolder holder : holders) {
            if (holder.isUnit() && !names.add(resolution.canonical(holder.name()))) {
                warnings.add(holder.line(), WarningCode.UNIT_DUPLICATE, holder.name() + " is "
                        + resolution.canonical(holder.name()) + ", named already in this list", holder.name());
            }
        }
        return new ArrayList<>(names);
    }

    private List<String> groupKeys(List<RawHolder> holders) {
        Set<String> keys = new LinkedHashSet<>();
        holders.stream().filter(h -> !h.isUnit()).forEach(h -> keys.add(groups.key(h)));
        return new ArrayList<>(keys);
    }

    private Target target(RawTarget raw) {
        return new Target(raw.description(), raw.measure(), raw.total(), raw.soft(), raw.dueOn(),
                raw.allocations().stream().map(this::allocation).toList(), raw.namedItems(), raw.partOf(), raw.line());
    }

    private Allocation allocation(RawAllocation raw) {
        RawHolder holder = raw.holder();
        return new Allocation(holder.isUnit() ? resolution.canonical(holder.name()) : null,
                holder.isUnit() ? null : groups.key(holder), raw.each(), raw.quantity(), raw.soft(), raw.note(),
                raw.children().stream().map(this::allocation).toList());
    }
}
