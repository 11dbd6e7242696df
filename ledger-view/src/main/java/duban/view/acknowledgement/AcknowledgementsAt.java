package duban.view.acknowledgement;

import duban.rules.acknowledgement.Acknowledgement;
import duban.rules.acknowledgement.AcknowledgementRule;
import duban.rules.acknowledgement.Assignment;
import duban.rules.acknowledgement.AssignmentTimeline;
import duban.view.slice.LedgerAt;
import duban.view.slice.TaskAt;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * 签收 as the ledger stood at its instant: per task, each lead and co-responsible unit's current assignment judged then.
 * Made per request with its {@link LedgerAt}, and thrown away: it remembers what it worked out.
 */
public final class AcknowledgementsAt {

    private final LedgerAt ledger;
    private final Function<String, AcknowledgementRule> rules;
    private final Map<String, AssignmentTimeline> timelines = new HashMap<>();

    public AcknowledgementsAt(LedgerAt ledger, Function<String, AcknowledgementRule> rules) {
        this.ledger = ledger;
        this.rules = rules;
    }

    public LedgerAt ledger() {
        return ledger;
    }

    private AssignmentTimeline timeline(TaskAt task) {
        return timelines.computeIfAbsent(task.taskId(), id -> AssignmentHistory.of(task.history(), ledger.at()));
    }

    private ZoneId zone(TaskAt task) {
        return ledger.ruleOf(task.planId()).zone();
    }

    /** Each lead and co-responsible unit's current assignment, judged, in the order they were assigned. */
    public Map<String, Acknowledgement> of(TaskAt task) {
        AcknowledgementRule rule = rules.apply(task.planId());
        Map<String, Acknowledgement> judged = new LinkedHashMap<>();
        timeline(task).current().forEach((unit, assignment) ->
                judged.put(unit, rule.judge(assignment, zone(task), ledger.at())));
        return judged;
    }

    /** The unit's current assignment on the task, judged; empty when it is not lead or co-responsible then. */
    public Optional<Acknowledgement> of(TaskAt task, String unitId) {
        return Optional.ofNullable(of(task).get(unitId));
    }

    /** How many of the unit's assignments are 领办逾期 (overdue and still owed) then, over every task it stands on. */
    public int outstanding(String unitId) {
        int count = 0;
        for (TaskAt task : ledger.tasksOf(unitId)) {
            if (of(task, unitId).filter(Acknowledgement::outstanding).isPresent()) {
                count++;
            }
        }
        return count;
    }

    /** Every unit ever assigned to the task then, lead or co-responsible, in the order they were first assigned. */
    public Set<String> unitsEverAssigned(TaskAt task) {
        Set<String> units = new LinkedHashSet<>();
        timeline(task).assignments().stream().sorted(Comparator.comparing(Assignment::from))
                .forEach(assignment -> units.add(assignment.unitId()));
        return units;
    }

    /**
     * The unit's assignments on the task that a month's bulletin counts as 领办逾期, this view being the month's
     * cut-off (or now while it runs) and {@code monthStart} the month's first instant.
     */
    public List<Acknowledgement> overdueInMonth(TaskAt task, String unitId, Instant monthStart) {
        return rules.apply(task.planId()).overdueInMonth(timeline(task).assignments().stream()
                .filter(assignment -> assignment.unitId().equals(unitId)).toList(), zone(task), monthStart,
                ledger.at());
    }
}
