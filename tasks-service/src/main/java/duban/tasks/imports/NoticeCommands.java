package duban.tasks.imports;

import duban.events.task.Allocation;
import duban.events.task.LeaderLine;
import duban.events.task.ReportingCadence;
import duban.events.task.ReportingFrequency;
import duban.rules.period.PlanReportingRule;
import duban.tasks.imports.ImportStep.Kind;
import duban.tasks.imports.directory.FullNames;
import duban.tasks.imports.directory.IssuerScope;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.notice.model.Cadence;
import duban.tasks.notice.model.GroupDerivation;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.PlanHeader;
import duban.tasks.notice.model.Target;
import duban.tasks.notice.model.UnitGroup;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.plan.command.RegisterPlan;
import duban.tasks.task.command.CompleteMilestone;
import duban.tasks.task.command.CreateTask;
import duban.tasks.task.command.ScheduleMilestone;
import duban.tasks.task.command.SetTarget;
import duban.tasks.unit.command.AddUnitAlias;
import duban.tasks.unit.command.DefineUnitGroup;
import duban.tasks.unit.command.RegisterUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps a parsed notice (通知) to the ledger's commands: the plan, the units and groups the directory does not
 * know, every node of the task tree, its dated milestones (节点) and its targets (目标). Pure: no store, no
 * bus; the same notice and directory always give the same script with the same ids.
 */
public final class NoticeCommands {

    /** Reporting days (报送日) when the notice names none: the 5th and the 20th. */

    private final ParsedNotice notice;
    private final KnownUnits directory;
    private final String planKey;
    private final String planId;
    private final FullNames fullNames;
    private final Function<String, String> newUnitId;
    private Set<String> directorySpellings;
    private final Map<String, UnitGroup> groupsByKey = new HashMap<>();
    private final Set<String> definedGroups = new LinkedHashSet<>();
    private final List<ImportStep> steps = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    private NoticeCommands(ParsedNotice notice, KnownUnits directory, String planKey, FullNames fullNames,
                           Function<String, String> newUnitId) {
        this.notice = notice;
        this.fullNames = fullNames;
        this.newUnitId = newUnitId;
        this.directory = directory;
        this.planKey = planKey;
        this.planId = ImportIds.plan(planKey);
        notice.groups().forEach(group -> groupsByKey.put(group.key(), group));
    }

    /**
     * @param planKey what identifies the notice for good, normally its 文号 (see {@link PlanKey})
     */
    public static ImportScript script(ParsedNotice notice, KnownUnits directory, String planKey) {
        return script(notice, directory, planKey, IssuerScope.of(notice.plan()));
    }

    /**
     * @param scope the issuing city: the full names new units are registered under and the ids they get (see
     *              {@link IssuerScope}); the directory should be read in the same scope
     */
    public static ImportScript script(ParsedNotice notice, KnownUnits directory, String planKey, IssuerScope scope) {
        return script(new NoticeCommands(notice, directory, planKey, scope.fullNames(), scope::unitId));
    }

    /**
     * @param fullNames the full names (全称) new units are registered under; the name as written stays an alias
     *                  and keeps deriving the unit's id, so ids do not change with the directory's wording
     */
    public static ImportScript script(ParsedNotice notice, KnownUnits directory, String planKey,
                                      FullNames fullNames) {
        return script(new NoticeCommands(notice, directory, planKey, fullNames, ImportIds::unit));
    }

    private static ImportScript script(NoticeCommands mapping) {
        ParsedNotice notice = mapping.notice;
        mapping.warnings.addAll(notice.warnings());
        mapping.plan();
        mapping.units();
        mapping.groups();
        notice.tasks().forEach(task -> mapping.task(task, null));
        return new ImportScript(mapping.planId, mapping.steps, mapping.warnings);
    }

    private void plan() {
        PlanHeader header = notice.plan();
        String title = firstText(header.title(), header.noticeTitle(), header.docNumber(), planKey);
        List<Integer> days = header.reportingDays().isEmpty() ? PlanReportingRule.DEFAULT_REPORTING_DAYS
                : header.reportingDays();
        steps.add(new ImportStep(Kind.PLAN, planId, new RegisterPlan(planId, title, header.docNumber(),
                header.issuer(), header.issuedOn(), days, null, null)));
    }

    private void units() {
        for (ParsedUnit unit : notice.units()) {
            if (directory.unitId(unit.name()).isEmpty()) {
                String unitId = unitId(unit.name());
                String fullName = fullNames.of(unit.name(), unit.category());
                List<String> aliases = new ArrayList<>();
                if (!fullName.equals(unit.name()) && fullNames.writtenNameIsAlias()) {
                    aliases.add(unit.name());
                }
                unit.aliases().stream().filter(alias -> !aliases.contains(alias) && !alias.equals(fullName))
                        .forEach(aliases::add);
                steps.add(new ImportStep(Kind.UNIT, unitId,
                        new RegisterUnit(unitId, fullName, unit.category(), aliases)));
            } else {
                knownAliases(unit);
            }
        }
    }

    /**
     * A near miss (风泉区) the parser resolved to a unit the directory knows (凤泉区) becomes one of its aliases, so
     * the next notice that spells it so resolves at once; a spelling the directory has already is not sent again.
     */
    private void knownAliases(ParsedUnit unit) {
        String unitId = unitId(unit.name());
        for (String alias : unit.aliases()) {
            if (!alias.equals(unit.name()) && directory.canonicalName(alias).isEmpty()) {
                steps.add(new ImportStep(Kind.ALIAS, unitId, new AddUnitAlias(unitId, null, alias)));
            }
        }
    }

    private void groups() {
        for (UnitGroup group : notice.groups()) {
            if (group.derivation() == GroupDerivation.DIRECTORY) {
                definedGroups.add(group.key());
                continue;
            }
            if (group.members().isEmpty()) {
                // The ledger refuses an empty group; the parser has said why it is empty (GROUP_EMPTY).
                continue;
            }
            String groupId = groupId(group.key());
            steps.add(new ImportStep(Kind.GROUP, groupId, new DefineUnitGroup(groupId, group.phrase(),
                    group.members().stream().map(this::unitId).toList())));
            definedGroups.add(group.key());
        }
    }

    private void task(ParsedTask task, String parentId) {
        String taskId = ImportIds.task(planKey, task.code());
        List<String> leads = unitIds(task.leadUnits(), task.leadGroups(), Set.of());
        List<String> cos = unitIds(task.coUnits(), task.coGroups(), new LinkedHashSet<>(leads));
        if (leads.isEmpty() && !cos.isEmpty()) {
            // The ledger needs a lead unit for co units; the parser warned NO_LEAD_UNIT already.
            warnings.add(new Warning(task.line(), WarningCode.NO_LEAD_UNIT,
                    "co-responsible units without a lead unit are not assigned; assign them in the ledger",
                    task.code()));
            cos = List.of();
        }
        steps.add(new ImportStep(Kind.TASK, taskId, new CreateTask(taskId, planId, parentId, task.code(),
                firstText(task.title(), task.code()), task.text(), leads, cos, task.timelineText(),
                cadence(task.cadence()), leaders(task.leaders()))));
        milestones(taskId, task, bound(task, leads, cos));
        targets(taskId, task);
        task.children().forEach(child -> task(child, taskId));
    }

    /**
     * The units of the task (lead and co units) by every spelling of them: the notice's own (风泉区) and the
     * directory's (the short names of a unit registered under its full name).
     */
    private Map<String, String> bound(ParsedTask task, List<String> leads, List<String> cos) {
        Set<String> onTask = new LinkedHashSet<>(leads);
        onTask.addAll(cos);
        Map<String, String> idBySpelling = new LinkedHashMap<>();
        for (ParsedUnit unit : notice.units()) {
            String unitId = unitId(unit.name());
            if (onTask.contains(unitId)) {
                idBySpelling.put(unit.name(), unitId);
                unit.aliases().forEach(alias -> idBySpelling.put(alias, unitId));
            }
        }
        for (String spelling : spellings()) {
            directory.canonicalName(spelling).flatMap(directory::unitId).filter(onTask::contains)
                    .ifPresent(unitId -> idBySpelling.putIfAbsent(spelling, unitId));
        }
        return idBySpelling;
    }

    private Set<String> spellings() {
        if (directorySpellings == null) {
            directorySpellings = directory.spellings();
        }
        return directorySpellings;
    }

    /**
     * The units a dated clause names (2017年12月底前,牧野区依托中电科22所建立1个…,高新区…) are the ones it binds;
     * a clause that names none binds the task's units as a whole (empty list).
     */
    private static List<String> responsible(String clause, Map<String, String> idBySpelling) {
        if (clause == null || clause.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> byPosition = new java.util.TreeMap<>();
        idBySpelling.forEach((spelling, unitId) -> {
            int at = clause.indexOf(spelling);
            if (at >= 0) {
                byPosition.merge(at, unitId, (first, second) -> first);
            }
        });
        return List.copyOf(new LinkedHashSet<>(byPosition.values()));
    }

    private void milestones(String taskId, ParsedTask task, Map<String, String> bound) {
        List<Milestone> milestones = task.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            String milestoneId = ImportIds.milestone(taskId, i);
            String description = firstText(milestone.description(), task.timelineText(), task.title());
            steps.add(new ImportStep(Kind.MILESTONE, taskId, new ScheduleMilestone(taskId, null, milestoneId,
                    milestone.dueOn(), description, milestone.soft(), responsible(milestone.description(), bound))));
            if (milestone.done()) {
                steps.add(new ImportStep(Kind.MILESTONE_DONE, taskId, new CompleteMilestone(taskId, null,
                        milestoneId, completedOn(milestone), "已完成: recorded as done by the notice")));
            }
        }
    }

    /** The notice says only that it was done by its issue date; its own date when that is earlier. */
    private LocalDate completedOn(Milestone milestone) {
        LocalDate issued = notice.plan().issuedOn();
        return issued == null || milestone.dueOn().isBefore(issued) ? milestone.dueOn() : issued;
    }

    private void targets(String taskId, ParsedTask task) {
        List<Target> targets = task.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            if (target.measureWord() == null || target.measureWord().isBlank()) {
                warnings.add(new Warning(target.line(), WarningCode.ALLOCATION_TEXT_UNPARSED,
                        "a target without measure word is not set", target.description()));
                continue;
            }
            List<Allocation> allocations = allocations(target.allocations(), target.line());
            steps.add(new ImportStep(Kind.TARGET, taskId, new SetTarget(taskId, null, ImportIds.target(taskId, i),
                    firstText(target.description(), task.title()), target.measureWord(), total(target),
                    allocations, target.namedItems(), true, wholeOf(taskId, i, targets))));
        }
    }

    /**
     * The target this one is a part of (19家,其中…6家), by the id it gets in this import; null when it stands alone
     * or its whole is not set before it (a whole without measure word is skipped with a warning; the ledger takes
     * a part only after its whole).
     */
    private static String wholeOf(String taskId, int index, List<Target> targets) {
        Integer whole = targets.get(index).partOf();
        if (whole == null || whole < 0 || whole >= index) {
            return null;
        }
        String measureWord = targets.get(whole).measureWord();
        return measureWord == null || measureWord.isBlank() ? null : ImportIds.target(taskId, whole);
    }

    /** How often the task reports, when its timeline says so (每半月报送); null when the notice does not. */
    private static ReportingCadence cadence(Cadence cadence) {
        if (cadence == null) {
            return null;
        }
        return new ReportingCadence(ReportingFrequency.valueOf(cadence.kind().name()), cadence.startsOn(),
                cadence.daysOfMonth(), cadence.text());
    }

    /** Leader lines (分管领导 / 牵头负责领导) verbatim: an empty list says the notice names none for this task. */
    private static List<LeaderLine> leaders(List<duban.tasks.notice.model.LeaderLine> lines) {
        return lines.stream().map(line -> new LeaderLine(line.label(), line.text())).toList();
    }

    /**
     * The ledger needs a total. A stated range counts by its low end; a target the notice gives only as shares
     * (各谋划1家) totals its shares, each group share once per member, so it adds up as written.
     */
    private BigDecimal total(Target target) {
        if (target.total() != null) {
            return target.total().min();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (duban.tasks.notice.model.Allocation share : target.allocations()) {
            BigDecimal count = share.quantity().min();
            if (share.each() && share.group() != null) {
                count = count.multiply(BigDecimal.valueOf(members(share.group()).size()));
            }
            sum = sum.add(count);
        }
        return sum;
    }

    private List<Allocation> allocations(List<duban.tasks.notice.model.Allocation> shares, int line) {
        List<Allocation> mapped = new ArrayList<>();
        for (duban.tasks.notice.model.Allocation share : shares) {
            if (share.group() != null && !definedGroups.contains(share.group())) {
                warnings.add(new Warning(line, WarningCode.GROUP_EMPTY,
                        "the share of " + share.group() + " is left out: the group has no member", share.group()));
                continue;
            }
            mapped.add(new Allocation(
                    share.unit() == null ? null : unitId(share.unit()),
                    share.group() == null ? null : groupId(share.group()),
                    share.each(), share.quantity().min(), share.quantity().max(), share.soft(),
                    allocations(share.children(), line)));
        }
        return mapped;
    }

    /** Units named one by one, then the members of the groups named, each once, without {@code excluded}. */
    private List<String> unitIds(List<String> names, List<String> groupKeys, Set<String> excluded) {
        Set<String> ids = new LinkedHashSet<>();
        names.forEach(name -> ids.add(unitId(name)));
        groupKeys.forEach(key -> members(key).forEach(name -> ids.add(unitId(name))));
        ids.removeAll(excluded);
        return List.copyOf(ids);
    }

    private List<String> members(String groupKey) {
        UnitGroup group = groupsByKey.get(groupKey);
        if (group != null) {
            return group.members();
        }
        return directory.group(groupKey).orElse(List.of());
    }

    private String unitId(String name) {
        return directory.unitId(name).orElseGet(() -> newUnitId.apply(name));
    }

    /**
     * A group the directory defines keeps its id; a group whose phrase means the same units in every notice
     * gets the phrase's shared id; a 其他… group or a second reading of a phrase (key …#2) is the plan's own.
     */
    private String groupId(String key) {
        UnitGroup group = groupsByKey.get(key);
        String phrase = group == null ? key : group.phrase();
        if (group == null || group.derivation() == GroupDerivation.DIRECTORY) {
            return directory.groupNamed(phrase).map(KnownUnits.Group::groupId)
                    .orElseGet(() -> ImportIds.sharedGroup(phrase));
        }
        boolean shared = group.derivation() != GroupDerivation.REMAINDER && group.key().equals(group.phrase());
        return shared ? ImportIds.sharedGroup(phrase) : ImportIds.planGroup(planKey, key);
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
