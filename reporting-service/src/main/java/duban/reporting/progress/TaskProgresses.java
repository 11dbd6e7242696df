package duban.reporting.progress;

import duban.reporting.view.AcknowledgementEntry;
import duban.reporting.view.PeriodEntry;
import duban.reporting.view.ReportEntry;
import duban.reporting.view.ShareNodeEntry;
import duban.reporting.view.Signal;
import duban.rules.attainment.TargetQuota;
import duban.rules.duty.Standing;
import duban.rules.duty.UnitStanding;
import duban.rules.rag.MilestoneState;
import duban.rules.rag.MilestoneStatus;
import duban.rules.rag.RagRule;
import duban.view.acknowledgement.Acknowledgements;
import duban.view.acknowledgement.AcknowledgementsAt;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.slice.MilestoneAt;
import duban.view.slice.TargetAt;
import duban.view.slice.TaskAt;
import duban.view.slice.UnitRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a task's progress from the ledger view. */
@ApplicationScoped
public class TaskProgresses {

    @Inject
    LedgerClock ledgers;

    @Inject
    RagRule rag;

    @Inject
    Acknowledgements acknowledgements;

    /** The task as it stood; empty when it did not exist then. */
    public Optional<TaskProgress> of(String taskId, Instant asOf) {
        LedgerAt ledger = ledgers.at(asOf);
        return ledger.task(taskId).map(task -> progress(ledger, task));
    }

    /** The units standing on the task now, for the question whether a unit's clerk may read it. */
    public Set<String> unitsOn(String taskId) {
        LedgerAt ledger = ledgers.at(null);
        return ledger.task(taskId).map(task -> ledger.standings(task).keySet()).orElse(Set.of());
    }

    private TaskProgress progress(LedgerAt ledger, TaskAt task) {
        LocalDate today = ledger.today(task);
        Map<String, UnitStanding> standings = ledger.standings(task);
        Set<String> units = new LinkedHashSet<>(standings.keySet());
        units.addAll(ledger.duties(task).keySet());
        List<TaskProgress.UnitProgress> unitLines = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        AcknowledgementsAt acknowledged = acknowledgements.at(ledger);
        for (String unitId : units) {
            UnitStanding standing = standings.get(unitId);
            UnitRecord record = ledger.record(task, unitId);
            if (record.open() != null) {
                warnings.addAll(ledger.calendar().warnings(today, record.open().period().deadlineDate()));
            }
            unitLines.add(new TaskProgress.UnitProgress(unitId, ledger.unitName(unitId),
                    standing == null ? null : standing.primary().name(),
                    standing == null ? List.of()
                            : standing.standings().stream().sorted().map(Standing::name).toList(),
                    standing == null ? List.of() : standing.viaGroups(),
                    standing != null && standing.owesReports() && ledger.binds(task),
                    Signal.of(ledger.rag(task, unitId)), ReportEntry.of(task.latestFiling(unitId)),
                    record.periods().stream().map(PeriodEntry::of).toList(),
                    record.next() == null ? null : record.next().nominalDay(),
                    AcknowledgementEntry.of(acknowledged.of(task, unitId).orElse(null))));
        }
        List<TaskProgress.MilestoneEntry> milestones = task.milestones().stream()
                .sorted(Comparator.comparing(MilestoneAt::dueOn))
                .map(m -> new TaskProgress.MilestoneEntry(m.milestoneId(), m.description(), m.commitment().name(),
                        m.responsibleUnitIds(), m.originalDueOn(), m.dueOn(), m.doneOn(),
                        MilestoneStatus.of(new MilestoneState(m.milestoneId(), m.description(), m.dueOn(), m.doneOn()),
                                today, rag.thresholds()).name(),
                        m.moves().stream().map(move -> new TaskProgress.Move(move.at(), move.from(), move.to(),
                                move.reason())).toList()))
                .toList();
        List<TaskProgress.TargetEntry> targets = new ArrayList<>();
        for (TargetAt target : task.targets()) {
            TargetQuota quota = ledger.quota(task, target);
            targets.add(new TaskProgress.TargetEntry(target.targetId(), target.description(), target.measureWord(),
                    target.total(), quota.achieved(), quota.attainment(), target.partOfTargetId(), target.warnings(),
                    quota.shares().stream().map(node -> ShareNodeEntry.of(node, ledger)).toList()));
        }
        return new TaskProgress(task.taskId(), task.planId(), task.parentId(), task.code(), task.title(),
                task.status().name(), task.statusSince(), task.version(), ledger.at(), ledger.binds(task),
                Signal.of(ledger.rag(task)), unitLines, milestones, targets, List.copyOf(warnings));
    }
}
