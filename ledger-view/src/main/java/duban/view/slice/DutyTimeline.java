package duban.view.slice;

import duban.events.task.Allocation;
import duban.events.task.CompletionApproved;
import duban.events.task.TargetSet;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.task.TaskResumed;
import duban.events.task.TaskSuspended;
import duban.events.task.UnitsReassigned;
import duban.rules.duty.DutySpan;
import duban.rules.duty.ReportingDuty;
import duban.rules.duty.TaskUnits;
import duban.view.history.GroupVersion;
import duban.view.history.LedgerMemory;
import duban.view.history.Recorded;
import duban.view.history.TaskHistory;
import duban.view.history.Versions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When each unit was bound to report on a task, up to an instant: at every change that can move a duty (the task's
 * creation, units reassigned, a target's shares, a suspension, resumption, completion or cancellation, a task created
 * under it, a redefinition of a group holding a share), the ledger rules say who owes reports, and the spans follow.
 */
final class DutyTimeline {

    private DutyTimeline() {
    }

    static Map<String, List<DutySpan>> spans(TaskHistory history, LedgerMemory memory, Instant at) {
        TreeSet<Instant> changes = new TreeSet<>();
        Set<String> groups = new HashSet<>();
        for (Recorded<? extends TaskEvent> recorded : history.events()) {
            if (!recorded.recordedBy(at) || !movesDuties(recorded.event())) {
                continue;
            }
            changes.add(recorded.recordedAt());
            if (recorded.event() instanceof TargetSet target) {
                collectGroups(target.allocations(), groups);
            }
        }
        history.children().stream().filter(child -> child.recordedBy(at))
                .forEach(child -> changes.add(child.recordedAt()));
        for (String group : groups) {
            memory.group(group).map(Versions::all).orElse(List.of()).stream()
                    .map(Versions.Version::from)
                    .filter(from -> !from.isAfter(at))
                    .forEach(changes::add);
        }
        Map<String, Instant> open = new LinkedHashMap<>();
        Map<String, List<DutySpan>> spans = new LinkedHashMap<>();
        for (Instant change : changes) {
            Set<String> owing = owingAt(history, memory, change);
            for (String unit : List.copyOf(open.keySet())) {
                if (!owing.contains(unit)) {
                    spans.computeIfAbsent(unit, u -> new ArrayList<>()).add(new DutySpan(open.remove(unit), change));
                }
            }
            for (String unit : owing) {
                open.putIfAbsent(unit, change);
            }
        }
        open.forEach((unit, from) -> spans.computeIfAbsent(unit, u -> new ArrayList<>()).add(new DutySpan(from, null)));
        return spans;
    }

    private static Set<String> owingAt(TaskHistory history, LedgerMemory memory, Instant instant) {
        TaskAt task = TaskAt.of(history, instant);
        if (task == null || !ReportingDuty.binds(task.status(), task.leaf())) {
            return Set.of();
        }
        return new TaskUnits(task.leadUnitIds(), task.coUnitIds(), task.shares()).unitsOwingReports(groupId ->
                memory.group(groupId).flatMap(versions -> versions.at(instant)).map(GroupVersion::memberUnitIds));
    }

    private static boolean movesDuties(TaskEvent event) {
        return event instanceof TaskCreated || event instanceof UnitsReassigned || event instanceof TargetSet
                || event instanceof TaskSuspended || event instanceof TaskResumed || event instanceof TaskCancelled
                || event instanceof CompletionApproved;
    }

    private static void collectGroups(List<Allocation> allocations, Set<String> groups) {
        for (Allocation node : allocations == null ? List.<Allocation>of() : allocations) {
            if (node.groupId() != null) {
                groups.add(node.groupId());
            }
            collectGroups(node.children(), groups);
        }
    }
}
