package duban.notification.schedule;

import duban.notification.schedule.api.UnitSchedule;
import duban.rules.period.ReportingPeriod;
import duban.rules.plan.TaskCodeOrder;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.slice.TaskAt;
import duban.view.slice.UnitRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit's reporting schedule from the ledger view: every task it owes reports on now, each with the next period it
 * has not filed for. Who owes what is the same answer the dashboards give: the ledger rules over the same events.
 */
@ApplicationScoped
public class UnitSchedules {

    @Inject
    LedgerClock ledgers;

    public UnitSchedule of(String unitId) {
        LedgerAt ledger = ledgers.at(null);
        Instant now = ledger.at();
        Set<String> warnings = new LinkedHashSet<>();
        List<UnitSchedule.Obligation> owed = new ArrayList<>();
        for (TaskAt task : ledger.tasksOf(unitId)) {
            if (!ledger.binds(task) || !ledger.standings(task).get(unitId).owesReports()) {
                continue;
            }
            UnitRecord record = ledger.record(task, unitId);
            boolean reportedNow = record.open() != null && record.open().state().filed();
            ReportingPeriod due = record.open() != null && !reportedNow ? record.open().period() : record.next();
            if (due == null) {
                continue;
            }
            ReportingPeriod first = ledger.reporting(task)
                    .firstObligationPeriod(ledger.duties(task).get(unitId).get(0).from());
            warnings.addAll(ledger.calendar().warnings(ledger.today(task), due.deadlineDate()));
            owed.add(new UnitSchedule.Obligation(task.taskId(), task.planId(), task.code(), task.title(),
                    first.nominalDay(), deadline(due), reportedNow));
        }
        owed.sort(Comparator.comparing((UnitSchedule.Obligation o) -> o.nextDue().deadlineAt())
                .thenComparing(UnitSchedule.Obligation::code, Comparator.nullsFirst(TaskCodeOrder.INSTANCE)));
        UnitSchedule.Deadline next = owed.stream().map(UnitSchedule.Obligation::nextDue)
                .min(Comparator.comparing(UnitSchedule.Deadline::deadlineAt)).orElse(null);
        return new UnitSchedule(unitId, now, next, owed, List.copyOf(warnings));
    }

    private static UnitSchedule.Deadline deadline(ReportingPeriod period) {
        return new UnitSchedule.Deadline(period.nominalDay(), period.deadlineDate(), period.deadline(),
                period.isMoved());
    }
}
