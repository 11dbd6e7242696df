package duban.notification.schedule;

import duban.consumer.LedgerEventHandler;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.Allocation;
import duban.events.task.CompletionApproved;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TargetSet;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskCreated;
import duban.events.task.TaskResumed;
import duban.events.task.TaskSuspended;
import duban.events.task.UnitsReassigned;
import duban.notification.schedule.model.FiledReport;
import duban.notification.schedule.model.Obligation;
import duban.notification.schedule.model.PlanRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Keeps obligations, plan rules and filed reports in step with the ledger topic. Who must report
 * (DESIGN "Who must report"): the lead units of every open leaf task and every unit holding an
 * allocation of one of its targets.
 */
@ApplicationScoped
public class ScheduleProjection implements LedgerEventHandler {

    @Override
    public Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope) {
        OffsetDateTime at = LedgerEventHandler.occurredAt(envelope);
        if (event instanceof PlanRegistered plan) {
            return saveRules(session, plan.planId(), plan.reportingDays(), plan.timeZone(), plan.reportingDayPolicy());
        }
        if (event instanceof PlanAmended plan) {
            return saveRules(session, plan.planId(), plan.reportingDays(), plan.timeZone(), plan.reportingDayPolicy());
        }
        if (event instanceof TaskCreated task) {
            Uni<Void> parentNoLongerLeaf = task.parentId() == null ? Uni.createFrom().voidItem()
                    : setActive(session, task.parentId(), false);
            return parentNoLongerLeaf.chain(() -> oblige(session, task.taskId(), task.planId(), task.code(),
                    task.title(), task.leadUnitIds(), at));
        }
        if (event instanceof UnitsReassigned reassigned) {
            return template(session, reassigned.taskId()).chain(template -> template == null
                    ? Uni.createFrom().voidItem()
                    : setActive(session, reassigned.taskId(), false).chain(() -> oblige(session,
                            reassigned.taskId(), template.planId, template.taskCode, template.taskTitle,
                            reassigned.leadUnitIds(), at)));
        }
        if (event instanceof TargetSet target) {
            return template(session, target.taskId()).chain(template -> template == null
                    ? Uni.createFrom().voidItem()
                    : oblige(session, target.taskId(), template.planId, template.taskCode, template.taskTitle,
                            allocatedUnits(target.allocations()), at));
        }
        if (event instanceof ProgressReported report) {
            return fileReport(session, report.taskId(), report.unitId(), report.period(), at);
        }
        if (event instanceof ProgressReportCorrected report) {
            return fileReport(session, report.taskId(), report.unitId(), report.period(), at);
        }
        if (event instanceof TaskSuspended e) {
            return setActive(session, e.taskId(), false);
        }
        if (event instanceof TaskResumed e) {
            return setActive(session, e.taskId(), true);
        }
        if (event instanceof TaskCancelled e) {
            return setActive(session, e.taskId(), false);
        }
        if (event instanceof CompletionApproved e) {
            return setActive(session, e.taskId(), false);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> saveRules(Mutiny.Session session, String planId, List<Integer> days, String zone,
                                ReportingDayPolicy policy) {
        return session.find(PlanRules.class, planId).chain(existing -> {
            PlanRules rules = existing != null ? existing : new PlanRules();
            rules.planId = planId;
            if (days != null && !days.isEmpty()) {
                rules.days(days);
            } else if (rules.reportingDays == null) {
                rules.days(ScheduleDefaults.REPORTING_DAYS);
            }
            rules.timeZone = zone != null ? zone : rules.timeZone != null ? rules.timeZone : ScheduleDefaults.ZONE.getId();
            rules.dayOffPolicy = policy != null ? policy
                    : rules.dayOffPolicy != null ? rules.dayOffPolicy : ReportingDayPolicy.NEXT_WORKING_DAY;
            return existing != null ? Uni.createFrom().voidItem() : session.persist(rules);
        });
    }

    /** Any obligation row of the task: carries the task's plan, code and title for new rows. */
    private Uni<Obligation> template(Mutiny.Session session, String taskId) {
        return session.createSelectionQuery("from Obligation o where o.taskId = :task", Obligation.class)
                .setParameter("task", taskId)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    private Uni<Void> oblige(Mutiny.Session session, String taskId, String planId, String code, String title,
                             Iterable<String> unitIds, OffsetDateTime at) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String unitId : unitIds) {
            chain = chain.chain(() -> session.find(Obligation.class, Obligation.idOf(taskId, unitId)).chain(found -> {
                if (found != null) {
                    found.active = true;
                    return Uni.createFrom().voidItem();
                }
                Obligation obligation = new Obligation();
                obligation.id = Obligation.idOf(taskId, unitId);
                obligation.taskId = taskId;
                obligation.planId = planId;
                obligation.unitId = unitId;
                obligation.taskCode = code;
                obligation.taskTitle = title;
                obligation.assignedAt = at;
                obligation.active = true;
                return session.persist(obligation);
            }));
        }
        return chain;
    }

    private Uni<Void> setActive(Mutiny.Session session, String taskId, boolean active) {
        return session.createMutationQuery("update Obligation o set o.active = :active where o.taskId = :task")
                .setParameter("active", active)
                .setParameter("task", taskId)
                .executeUpdate()
                .replaceWithVoid();
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

    private static Set<String> allocatedUnits(List<Allocation> allocations) {
        Set<String> units = new LinkedHashSet<>();
        List<Allocation> pending = new ArrayList<>(allocations == null ? List.of() : allocations);
        while (!pending.isEmpty()) {
            Allocation allocation = pending.remove(pending.size() - 1);
            if (allocation.unitId() != null) {
                units.add(allocation.unitId());
            }
            if (allocation.children() != null) {
                pending.addAll(allocation.children());
            }
        }
        return units;
    }
}
