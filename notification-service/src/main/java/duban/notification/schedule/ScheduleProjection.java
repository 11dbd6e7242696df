package duban.notification.schedule;

import duban.consumer.LedgerEventHandler;
import duban.consumer.standing.TaskStanding;
import duban.consumer.standing.TaskStandings;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCreated;
import duban.events.task.TaskRevised;
import duban.notification.schedule.model.FiledReport;
import duban.notification.schedule.model.Obligation;
import duban.notification.schedule.model.PlanRules;
import duban.notification.schedule.model.TaskHeader;
import duban.rules.period.PlanReportingRule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Keeps obligations, plan rules and filed reports in step with the ledger topic. Who must report is the ledger
 * rules' answer ({@link TaskStandings}): the units owing reports on a running leaf task, directly or through a group
 * holding a share. An obligation row stays once made (it remembers when the unit was first bound) and is active
 * while the unit owes.
 */
@ApplicationScoped
public class ScheduleProjection implements LedgerEventHandler {

    @Inject
    TaskStandings standings;

    @Inject
    CadenceJson cadence;

    @Override
    public Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope) {
        OffsetDateTime at = LedgerEventHandler.occurredAt(envelope);
        return applyOwn(session, event, at)
                .chain(() -> standings.affectedBy(session, event))
                .chain(tasks -> syncObligations(session, tasks, event, at));
    }

    private Uni<Void> applyOwn(Mutiny.Session session, LedgerEvent event, OffsetDateTime at) {
        if (event instanceof PlanRegistered plan) {
            return saveRules(session, plan.planId(),
                    PlanReportingRule.stated(plan.reportingDays(), plan.timeZone(), plan.reportingDayPolicy()));
        }
        if (event instanceof PlanAmended plan) {
            return session.find(PlanRules.class, plan.planId()).chain(existing -> saveRules(session, plan.planId(),
                    (existing == null ? PlanReportingRule.defaults() : existing.rule())
                            .amendedBy(plan.reportingDays(), plan.timeZone(), plan.reportingDayPolicy())));
        }
        if (event instanceof TaskCreated task) {
            TaskHeader header = new TaskHeader();
            header.taskId = task.taskId();
            header.planId = task.planId();
            header.code = task.code();
            header.title = task.title();
            header.cadence = task.reportingCadence() == null ? null : cadence.write(task.reportingCadence());
            return session.merge(header).replaceWithVoid();
        }
        if (event instanceof TaskRevised revised && revised.title() != null) {
            return session.find(TaskHeader.class, revised.taskId()).invoke(header -> {
                if (header != null) {
                    header.title = revised.title();
                }
            }).replaceWithVoid();
        }
        if (event instanceof ProgressReported report) {
            return fileReport(session, report.taskId(), report.unitId(), report.period(), at);
        }
        if (event instanceof ProgressReportCorrected report) {
            return fileReport(session, report.taskId(), report.unitId(), report.period(), at);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> saveRules(Mutiny.Session session, String planId, PlanReportingRule rule) {
        return session.find(PlanRules.class, planId).chain(existing -> {
            PlanRules rules = existing != null ? existing : new PlanRules();
            rules.planId = planId;
            rules.rule(rule);
            return existing != null ? Uni.createFrom().voidItem() : session.persist(rules);
        });
    }

    /** Makes each affected task's obligation rows say exactly which units owe reports on it now. */
    private Uni<Void> syncObligations(Mutiny.Session session, List<String> taskIds, LedgerEvent event,
                                      OffsetDateTime at) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String taskId : taskIds) {
            chain = chain.chain(() -> standings.of(session, taskId)).chain(standing -> standing.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : session.find(TaskHeader.class, taskId).chain(header -> session
                            .createSelectionQuery("from Obligation o where o.taskId = :task", Obligation.class)
                            .setParameter("task", taskId)
                            .getResultList()
                            .chain(rows -> sync(session, standing.get(), header, rows, at))));
        }
        return chain;
    }

    private Uni<Void> sync(Mutiny.Session session, TaskStanding standing, TaskHeader header, List<Obligation> rows,
                           OffsetDateTime at) {
        Map<String, Obligation> byUnit = new HashMap<>();
        rows.forEach(row -> byUnit.put(row.unitId, row));
        List<Obligation> created = new ArrayList<>();
        for (String unitId : standing.standings().keySet()) {
            if (standing.owes(unitId) && !byUnit.containsKey(unitId)) {
                Obligation obligation = new Obligation();
                obligation.id = Obligation.idOf(standing.taskId(), unitId);
                obligation.taskId = standing.taskId();
                obligation.planId = standing.planId();
                obligation.unitId = unitId;
                obligation.taskCode = header == null ? null : header.code;
                obligation.taskTitle = header == null ? null : header.title;
                obligation.assignedAt = at;
                obligation.active = true;
                created.add(obligation);
            }
        }
        for (Obligation row : rows) {
            boolean owes = standing.owes(row.unitId);
            if (owes && !row.active) {
                // Bound again (resumed, reassigned back): the two days' grace runs from now.
                row.assignedAt = at;
            }
            row.active = owes;
            if (header != null) {
                row.taskTitle = header.title;
            }
        }
        return created.isEmpty() ? Uni.createFrom().voidItem() : session.persistAll(created.toArray());
    }

    private Uni<Void> fileReport(Mutiny.Session session, String taskId, String unitId, LocalDate period,
                                 OffsetDateTime at) {
        if (period == null) {
            return Uni.createFrom().voidItem();
        }
        String id = FiledReport.idOf(taskId, unitId, period);
        return session.find(FiledReport.class, id).chain(found -> {
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            FiledReport filed = new FiledReport();
            filed.id = id;
            filed.taskId = taskId;
            filed.unitId = unitId;
            filed.period = period;
            filed.filedAt = at;
            return session.persist(filed);
        });
    }
}
