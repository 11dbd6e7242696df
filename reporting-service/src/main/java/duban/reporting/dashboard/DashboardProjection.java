package duban.reporting.dashboard;

import duban.consumer.LedgerEventHandler;
import duban.consumer.standing.TaskStandings;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.task.TaskRevised;
import duban.reporting.dashboard.model.LatestReport;
import duban.reporting.dashboard.model.Responsibility;
import duban.reporting.dashboard.model.TaskSummary;
import duban.rules.status.TaskStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Keeps the dashboard tables in step with the ledger topic. Who is on a task, and how, is the ledger rules' answer
 * ({@link TaskStandings}): lead and co-responsible units, holders of a share, members of a group holding one.
 */
@ApplicationScoped
public class DashboardProjection implements LedgerEventHandler {

    @Inject
    TaskStandings standings;

    @Override
    public Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope) {
        return applyToTask(session, event, envelope)
                .chain(() -> standings.affectedBy(session, event))
                .chain(tasks -> replaceResponsibilities(session, tasks));
    }

    private Uni<Void> applyToTask(Mutiny.Session session, LedgerEvent event, CloudEvent envelope) {
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
            task.status = TaskStatus.initial().name();
            task.version = version;
            task.updatedAt = at;
            return session.merge(task).replaceWithVoid();
        }
        return session.find(TaskSummary.class, taskEvent.taskId()).chain(task -> {
            if (task == null) {
                // The task's creation has not been seen (a consumer that started mid-stream): nothing to attach to.
                return Uni.createFrom().voidItem();
            }
            task.version = version;
            task.updatedAt = at;
            task.status = TaskStatus.valueOf(task.status).after(event).name();
            if (event instanceof TaskRevised revised && revised.title() != null) {
                task.title = revised.title();
            } else if (event instanceof ProgressReported report) {
                return saveReport(session, report.taskId(), report.unitId(), report.reportId(), report.period(),
                        report.text(), at, null);
            } else if (event instanceof ProgressReportCorrected correction) {
                return saveReport(session, correction.taskId(), correction.unitId(), correction.reportId(),
                        correction.period(), correction.text(), at, correction.supersedesReportId());
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> replaceResponsibilities(Mutiny.Session session, List<String> taskIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String taskId : taskIds) {
            chain = chain.chain(() -> standings.of(session, taskId)).chain(standing -> standing.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : session.createMutationQuery("delete from Responsibility r where r.taskId = :task")
                            .setParameter("task", taskId)
                            .executeUpdate()
                            .chain(() -> session.persistAll(standing.get().standings().values().stream()
                                    .map(unit -> Responsibility.of(taskId, unit.unitId(), unit.primary().name()))
                                    .toArray())));
        }
        return chain;
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
