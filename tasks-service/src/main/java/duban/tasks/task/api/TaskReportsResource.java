package duban.tasks.task.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.task.command.CorrectProgressReport;
import duban.tasks.task.command.ReportProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Progress reports (进展情况) on a task and their corrections; a report is never edited. */
@Path("/api/v1/tasks/{taskId}/reports")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskReportsResource {

    @Inject
    TaskWrites writes;

    @POST
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Report progress on a task for a reporting period",
            description = "The report id is generated when the body has none.")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "403", description = TaskWriteProblems.NOT_PERMITTED)
    public Response report(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReportProgressRequest request) {
        String reportId = TaskWrites.idOrNew(request.reportId());
        return writes.add(task, request, Recorded.Kind.REPORT, reportId, (version, units) ->
                new ReportProgress(task.taskId(), version, reportId, units.unit("unitId", request.unitId()),
                        request.period(), request.text(), ReportProgressRequest.Count.toEvents(request.counts()),
                        TaskWrites.orEmpty(request.milestonesClaimedDone()),
                        ReportProgressRequest.AttachmentInfo.toEvents(request.attachments())));
    }

    @POST
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Path("/{reportId}/corrections")
    @Operation(summary = "Correct a report in force", description = "Only the unit that filed it corrects it; the "
            + "correction keeps its period and supersedes it. The correction's id is generated when the body has none.")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "403", description = TaskWriteProblems.NOT_PERMITTED)
    public Response correct(@BeanParam TaskWriteHeaders task, @PathParam("reportId") String supersededId,
                            @Valid @NotNull CorrectReportRequest request) {
        String reportId = TaskWrites.idOrNew(request.reportId());
        return writes.add(task, request, Recorded.Kind.REPORT, reportId, (version, units) ->
                new CorrectProgressReport(task.taskId(), version, reportId, supersededId,
                        units.unit("unitId", request.unitId()), request.text(),
                        ReportProgressRequest.Count.toEvents(request.counts()), TaskWrites.orEmpty(request.milestonesClaimedDone()),
                        ReportProgressRequest.AttachmentInfo.toEvents(request.attachments()), request.reason()));
    }
}
