package duban.view.history;

import duban.events.LedgerEvent;
import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportReviewSet;
import duban.events.task.Allocation;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.task.UnitsReassigned;
import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitGroupDefined;
import duban.events.unit.UnitRegistered;
import duban.rules.compliance.ReviewSetting;
import duban.rules.period.PlanReportingRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The history of every plan, unit, group and task the service has applied, with the indexes reads need: a plan's
 * tasks, the tasks that name a unit, the tasks in which a group holds a share, the groups a unit was ever in.
 * Events are applied in their order within each aggregate; an event applied again (by its number within its
 * aggregate) changes nothing.
 */
public final class LedgerMemory {

    private final Map<String, Versions<PlanVersion>> plans = new ConcurrentHashMap<>();
    /** Each plan's rule on reviewing reports over time; a plan without one does not review. */
    private final Map<String, Versions<Boolean>> reviewSettings = new ConcurrentHashMap<>();
    private final Map<String, Versions<UnitVersion>> units = new ConcurrentHashMap<>();
    private final Map<String, Versions<GroupVersion>> groups = new ConcurrentHashMap<>();
    private final Map<String, TaskHistory> tasks = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> tasksOfPlan = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> tasksNamingUnit = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> tasksSharingGroup = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groupsOfUnit = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSequence = new ConcurrentHashMap<>();
    /** Children whose parent's creation has not arrived yet: the two come from different partitions. */
    private final Map<String, List<Recorded<TaskCreated>>> waitingChildren = new ConcurrentHashMap<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong orphans = new AtomicLong();
    private volatile Instant latestRecordedAt;

    /**
     * Applies one event. Returns false when it was applied before, or when it belongs to a task whose creation this
     * memory never saw (a topic read from the middle): such an event is counted as an orphan and left out.
     */
    public boolean apply(Recorded<? extends LedgerEvent> recorded) {
        LedgerEvent event = recorded.event();
        String key = event.aggregateType() + "/" + event.aggregateId();
        Long last = lastSequence.get(key);
        if (last != null && recorded.sequence() <= last) {
            return false;
        }
        if (!keep(recorded)) {
            orphans.incrementAndGet();
            return false;
        }
        lastSequence.put(key, recorded.sequence());
        applied.incrementAndGet();
        if (latestRecordedAt == null || recorded.recordedAt().isAfter(latestRecordedAt)) {
            latestRecordedAt = recorded.recordedAt();
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private boolean keep(Recorded<? extends LedgerEvent> recorded) {
        LedgerEvent event = recorded.event();
        if (event instanceof PlanRegistered registered) {
            versions(plans, registered.planId()).add(recorded.recordedAt(), new PlanVersion(registered.planId(),
                    registered.title(), registered.docNumber(), registered.issuer(), registered.issuedOn(),
                    PlanReportingRule.stated(registered.reportingDays(), registered.timeZone(),
                            registered.reportingDayPolicy())));
            return true;
        }
        if (event instanceof PlanAmended amended) {
            Versions<PlanVersion> plan = plans.get(amended.planId());
            if (plan == null || plan.latest().isEmpty()) {
                return false;
            }
            PlanVersion before = plan.latest().get();
            plan.add(recorded.recordedAt(), new PlanVersion(before.planId(),
                    amended.title() != null ? amended.title() : before.title(),
                    amended.docNumber() != null ? amended.docNumber() : before.docNumber(),
                    amended.issuer() != null ? amended.issuer() : before.issuer(),
                    amended.issuedOn() != null ? amended.issuedOn() : before.issuedOn(),
                    before.rule().amendedBy(amended.reportingDays(), amended.timeZone(), amended.reportingDayPolicy())));
            return true;
        }
        if (event instanceof ReportReviewSet review) {
            versions(reviewSettings, review.planId()).add(recorded.recordedAt(), review.required());
            return true;
        }
        if (event instanceof UnitRegistered registered) {
            versions(units, registered.unitId()).add(recorded.recordedAt(), new UnitVersion(registered.unitId(),
                    registered.name(), registered.category(),
                    registered.aliases() == null ? List.of() : registered.aliases()));
            return true;
        }
        if (event instanceof UnitAliasAdded added) {
            Versions<UnitVersion> unit = units.get(added.unitId());
            if (unit == null || unit.latest().isEmpty()) {
                return false;
            }
            UnitVersion before = unit.latest().get();
            List<String> aliases = new ArrayList<>(before.aliases());
            aliases.add(added.alias());
            unit.add(recorded.recordedAt(), new UnitVersion(before.unitId(), before.name(), before.category(), aliases));
            return true;
        }
        if (event instanceof UnitGroupDefined defined) {
            versions(groups, defined.groupId()).add(recorded.recordedAt(),
                    new GroupVersion(defined.groupId(), defined.phrase(), defined.memberUnitIds()));
            defined.memberUnitIds().forEach(unit -> index(groupsOfUnit, unit, defined.groupId()));
            return true;
        }
        if (event instanceof TaskCreated created) {
            TaskHistory task = new TaskHistory((Recorded<TaskCreated>) recorded);
            tasks.put(created.taskId(), task);
            index(tasksOfPlan, created.planId(), created.taskId());
            indexUnits(created.taskId(), created.leadUnitIds(), created.coUnitIds());
            List<Recorded<TaskCreated>> waiting = waitingChildren.remove(created.taskId());
            if (waiting != null) {
                waiting.forEach(task::addChild);
            }
            if (created.parentId() != null) {
                TaskHistory parent = tasks.get(created.parentId());
                if (parent != null) {
                    parent.addChild((Recorded<TaskCreated>) recorded);
                } else {
                    waitingChildren.computeIfAbsent(created.parentId(), id -> new ArrayList<>())
                            .add((Recorded<TaskCreated>) recorded);
                }
            }
            return true;
        }
        if (event instanceof TaskEvent taskEvent) {
            TaskHistory task = tasks.get(taskEvent.taskId());
            if (task == null) {
                return false;
            }
            task.append((Recorded<? extends TaskEvent>) recorded);
            if (event instanceof UnitsReassigned reassigned) {
                indexUnits(reassigned.taskId(), reassigned.leadUnitIds(), reassigned.coUnitIds());
            } else if (event instanceof TargetSet target) {
                indexShares(target.taskId(), target.allocations());
            }
            return true;
        }
        return false;
    }

    private void indexUnits(String taskId, List<String> leads, List<String> cos) {
        (leads == null ? List.<String>of() : leads).forEach(unit -> index(tasksNamingUnit, unit, taskId));
        (cos == null ? List.<String>of() : cos).forEach(unit -> index(tasksNamingUnit, unit, taskId));
    }

    private void indexShares(String taskId, List<Allocation> allocations) {
        List<Allocation> pending = new ArrayList<>(allocations == null ? List.of() : allocations);
        while (!pending.isEmpty()) {
            Allocation node = pending.remove(pending.size() - 1);
            if (node.unitId() != null) {
                index(tasksNamingUnit, node.unitId(), taskId);
            }
            if (node.groupId() != null) {
                index(tasksSharingGroup, node.groupId(), taskId);
            }
            if (node.children() != null) {
                pending.addAll(node.children());
            }
        }
    }

    private static <V> Versions<V> versions(Map<String, Versions<V>> map, String id) {
        return map.computeIfAbsent(id, key -> new Versions<>());
    }

    private static void index(Map<String, Set<String>> index, String key, String value) {
        index.computeIfAbsent(key, k -> new AppendOnlySet<>()).add(value);
    }

    public Optional<TaskHistory> task(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    public Optional<Versions<PlanVersion>> plan(String planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    /** The plan's settings on reviewing reports, oldest first; none when it never set one (review off). */
    public List<ReviewSetting> reviewSettings(String planId) {
        Versions<Boolean> settings = reviewSettings.get(planId);
        return settings == null ? List.of() : settings.all().stream()
                .map(version -> new ReviewSetting(version.from(), version.value())).toList();
    }

    public Optional<Versions<UnitVersion>> unit(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    public Optional<Versions<GroupVersion>> group(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    /** The ids of a plan's tasks, in the order they were created. */
    public Collection<String> tasksOf(String planId) {
        return tasksOfPlan.getOrDefault(planId, Set.of());
    }

    /** Every plan that has tasks, registered or not (yet). */
    public Collection<String> planIdsWithTasks() {
        return tasksOfPlan.keySet();
    }

    /** Every plan id known. */
    public Collection<String> planIds() {
        return plans.keySet();
    }

    /** Every unit id known. */
    public Collection<String> unitIds() {
        return units.keySet();
    }

    /**
     * Every task that ever named the unit or gave a share to a group it was ever in: a superset of the tasks it
     * stands on at any instant.
     */
    public Set<String> tasksEverConcerning(String unitId) {
        Set<String> candidates = new LinkedHashSet<>(tasksNamingUnit.getOrDefault(unitId, Set.of()));
        for (String group : groupsOfUnit.getOrDefault(unitId, Set.of())) {
            candidates.addAll(tasksSharingGroup.getOrDefault(group, Set.of()));
        }
        return candidates;
    }

    /**
     * A number that changes whenever anything a unit's views are made of may have changed: an event of any task
     * that ever concerned it, a task created under one, a redefinition of a group it was ever in, its own or a plan's
     * record. Equal stamps mean the unit's views of "now" can only differ by the passing of time.
     */
    public long stampOf(String unitId) {
        long stamp = 17;
        Set<String> plansSeen = new LinkedHashSet<>();
        for (String taskId : tasksEverConcerning(unitId)) {
            TaskHistory task = tasks.get(taskId);
            if (task != null) {
                stamp = stamp * 31 + taskId.hashCode();
                stamp = stamp * 31 + task.lastSequence();
                stamp = stamp * 31 + task.children().size();
                plansSeen.add(task.planId());
            }
        }
        for (String planId : plansSeen) {
            Versions<PlanVersion> plan = plans.get(planId);
            stamp = stamp * 31 + (plan == null ? 0 : plan.all().size());
            Versions<Boolean> review = reviewSettings.get(planId);
            stamp = stamp * 31 + (review == null ? 0 : review.all().size());
        }
        for (String groupId : groupsOfUnit.getOrDefault(unitId, Set.of())) {
            Versions<GroupVersion> group = groups.get(groupId);
            stamp = stamp * 31 + (group == null ? 0 : group.all().size());
        }
        Versions<UnitVersion> unit = units.get(unitId);
        return stamp * 31 + (unit == null ? 0 : unit.all().size());
    }

    /** The tasks in which the group ever held a share. */
    public Set<String> tasksSharing(String groupId) {
        return tasksSharingGroup.getOrDefault(groupId, Set.of());
    }

    /** How many events this memory holds; grows with every event applied. */
    public long appliedEvents() {
        return applied.get();
    }

    /** When the ledger recorded the latest event applied here; empty before the first. */
    public Optional<Instant> latestRecordedAt() {
        return Optional.ofNullable(latestRecordedAt);
    }

    /** Events left out because the task they belong to was never created here. */
    public long orphanEvents() {
        return orphans.get();
    }
}
