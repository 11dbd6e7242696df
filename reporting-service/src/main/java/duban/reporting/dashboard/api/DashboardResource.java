package duban.reporting.dashboard.api;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import duban.http.security.UnitScope;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import duban.reporting.dashboard.model.LatestReport;
import duban.reporting.dashboard.model.Responsibility;
import duban.reporting.dashboard.model.TaskSummary;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.reactive.mutiny.Mutiny;

@Path("/api/v1/units/{unitId}/dashboard")
@Tag(name = "Dashboards", description = "What each unit (单位) has to do and what it last reported")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    CallerIdentity caller;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A unit's dashboard: its tasks with its latest report on each")
    @APIResponse(responseCode = "200", description = "The dashboard (empty when the unit holds no task)",
            content = @Content(schema = @Schema(implementation = UnitDashboard.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit id")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's dashboard")
    public Uni<UnitDashboard> dashboard(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]+")
                                        String unitId) {
        // A unit sees its own dashboard only.
        caller.requireMayActFor(unitId);
        return sessions.withSession(session -> session
                .createSelectionQuery("from Responsibility r where r.unitId = :unit", Responsibility.class)
                .setParameter("unit", unitId)
                .getResultList()
                .chain(held -> {
                    if (held.isEmpty()) {
                        return Uni.createFrom().item(new UnitDashboard(unitId, List.of()));
                    }
                    List<String> taskIds = held.stream().map(r -> r.taskId).toList();
                    return session.createSelectionQuery("from TaskSummary t where t.taskId in :ids", TaskSummary.class)
                            .setParameter("ids", taskIds)
                            .getResultList()
                            .chain(tasks -> session.createSelectionQuery(
                                            "from LatestReport l where l.unitId = :unit and l.taskId in :ids",
                                            LatestReport.class)
                                    .setParameter("unit", unitId)
                                    .setParameter("ids", taskIds)
                                    .getResultList()
                                    .map(reports -> assemble(unitId, held, tasks, reports)));
                }));
    }

    private static UnitDashboard assemble(String unitId, List<Responsibility> held, List<TaskSummary> tasks,
                                          List<LatestReport> reports) {
        Map<String, TaskSummary> taskById = tasks.stream()
                .collect(Collectors.toMap(t -> t.taskId, Function.identity()));
        Map<String, LatestReport> reportByTask = reports.stream()
                .collect(Collectors.toMap(r -> r.taskId, Function.identity()));
        List<UnitDashboard.Entry> entries = held.stream()
                .filter(r -> taskById.containsKey(r.taskId))
                .map(r -> entry(taskById.get(r.taskId), r.role, reportByTask.get(r.taskId)))
                .sorted(Comparator.comparing(UnitDashboard.Entry::code, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new UnitDashboard(unitId, entries);
    }

    private static UnitDashboard.Entry entry(TaskSummary task, String role, LatestReport report) {
        UnitDashboard.Report latest = report == null ? null : new UnitDashboard.Report(report.reportId, report.period,
                report.text, report.reportedAt.toInstant(), report.supersedes);
        return new UnitDashboard.Entry(task.taskId, task.planId, task.code, task.title, task.status, role,
                task.version, latest);
    }
}
