package duban.reporting.dashboard;

import duban.consumer.LedgerEventHandler;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.task.CompletionApproved;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.task.TaskResumed;
import duban.events.task.TaskRevised;
import duban.events.task.TaskSuspended;
import duban.events.task.UnitsReassigned;
import duban.reporting.dashboard.model.LatestReport;
import duban.reporting.dashboard.model.Responsibility;
import duban.reporting.dashboard.model.TaskSummary;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Keeps the dashboard tables in step with the ledger topic. */
@ApplicationScoped
public class DashboardProjection implements LedgerEventHandler {

    @Override
    public Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope) {
        if (!(event instanceof TaskEvent taskEvent)) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime at = LedgerEventHandler.occurredAt(envelope);
        long version = envelope.sequence() == null ? 0 : envelope.sequence();
        if (event instanceof TaskCreated created) {
            TaskSummary task = new TaskSummary();
            task.taskId = created.taskId();
            task.planId = created.planId();
            task.code = created.code();
            task.title = created.title();
            task.status = "OPEN";
            task.version = version;
            task.updatedAt = at;
            return session.merge(task)
                    .chain(() -> replaceResponsibilities(session, created.taskId(), created.leadUnitIds(),
                            created.coUnitIds()));
        }
        return session.find(TaskSummary.class, taskEvent.taskId()).chain(task -> {
            if (task == null) {
                // The task's creation has not been seen (a consumer that started mid-stream): nothing to attach to.
                return Uni.createFrom().voidItem();
            }
            task.version = version;
            task.updatedAt = at;
            return applyToTask(session, task, event, at);
        });
    }

    private Uni<Void> applyToTask(Mutiny.Session session, TaskSummary task, LedgerEvent event, OffsetDateTime at) {
        if (event instanceof TaskRevised revised && revised.title() != null) {
            task.title = revised.title();
        } else if (event instanceof UnitsReassigned reassigned) {
            return replaceResponsibilities(session, task.taskId, reassigned.leadUnitIds(), reassigned.coUnitIds());
        } else if (event instanceof ProgressReported report) {
            return saveReport(session, report.taskId(), report.unitId(), report.reportId(), report.period(),
                    report.text(), at, null);
        } else if (event instanceof ProgressReportCorrected correction) {
            return saveReport(session, correction.taskId(), correction.unitId(), correction.reportId(),
                    correction.period(), correction.text(), at, correction.supersedesReportId());
        } else if (event instanceof TaskSuspended) {
            task.status = "SUSPENDED";
        } else if (event instanceof TaskResumed) {
            task.status = "OPEN";
        } else if (event instanceof TaskCancelled) {
            task.status = "CANCELLED";
        } else if (event instanceof CompletionApproved) {
            task.status = "COMPLETED";
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> replaceResponsibilities(Mutiny.Session session, String taskId, List<String> leads,
                                              List<String> cos) {
        return session.createMutationQuery("delete from Responsibility r where r.taskId = :task")
                .setParameter("task", taskId)
                .executeUpdate()
                .chain(() -> {
                    List<Responsibility> rows = new java.util.ArrayList<>();
                    leads.forEach(unit -> rows.add(Responsibility.of(taskId, unit, "LEAD")));
                    cos.stream().filter(unit -> !leads.contains(unit))
                            .forEach(unit -> rows.add(Responsibility.of(taskId, unit, "CO")));
                    return session.persistAll(rows.toArray());
                });
    }

    private Uni<Void> saveReport(Mutiny.Session session, String taskId, String unitId, String reportId,
                                 LocalDate period, String text, OffsetDateTime at, String supersedes) {
        LatestReport latest = new LatestReport();
        latest.id = LatestReport.idOf(taskId, unitId);
        latest.taskId = taskId;
        latest.unitId = unitId;
        latest.reportId = reportId;
        latest.period = period;
        latest.text = text;
        latest.reportedAt = at;
        latest.supersedes = supersedes;
        return session.merge(latest).replaceWithVoid();
    }
}
