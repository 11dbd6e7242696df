package duban.tasks.task.api;

import static duban.tasks.task.api.RequestValues.orEmpty;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.attachment.Attachments;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.AcceptReport;
import duban.tasks.task.command.CorrectProgressReport;
import duban.tasks.task.command.ReportProgress;
import duban.tasks.task.command.ReturnReport;
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

/**
 * Progress reports (进展情况) on a task and their corrections, a report never edited; and their review (审核确认 / 退回)
 * on a plan that reviews reports.
 */
@Path("/api/v1/tasks/{taskId}/reports")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskReportsResource {

    private static final String UNUSABLE = "Refused by a ledger rule, an unknown unit, an attachment not uploaded "
            + "(unknown-attachment) or named with another size (attachment-size-mismatch)";

    @Inject
    TaskCommands commands;

    @Inject
    Attachments attachments;

    @POST
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Report progress on a task for a reporting period",
            description = "The report id is generated when the body has none. Attachments are named by the name, "
                    + "size and sha256 their upload (POST /api/v1/attachments) answered; another hash, or one the "
                    + "unit did not upload and no report of the task names, is refused (422 unknown-attachment), "
                    + "and so is another size (422 attachment-size-mismatch).")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "403", description = TaskWriteHeaders.NOT_PERMITTED)
    @APIResponse(responseCode = "422", description = UNUSABLE)
    public Response report(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReportProgressRequest request) {
        String reportId = RequestValues.idOrNew(request.reportId());
        ReportProgress command = new ReportProgress(task.taskId(), task.expectedVersion(), reportId,
                commands.unit("unitId", request.unitId()), request.period(), request.text(),
                ReportProgressRequest.Count.toEvents(request.counts()), orEmpty(request.milestonesClaimedDone()),
                ReportProgressRequest.AttachmentInfo.toEvents(request.attachments()));
        requireUploaded(task, command.unitId(), request.attachments());
        return commands.added(task, command, Recorded.Kind.REPORT, reportId);
    }

    @POST
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Path("/{reportId}/corrections")
    @Operation(summary = "Correct a report in force", description = "Only the unit that filed it corrects it; the "
            + "correction keeps its period and supersedes it. The correction's id is generated when the body has none. "
            + "Attachments are checked as for a report (422 unknown-attachment, attachment-size-mismatch).")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "403", description = TaskWriteHeaders.NOT_PERMITTED)
    @APIResponse(responseCode = "422", description = UNUSABLE)
    public Response correct(@BeanParam TaskWriteHeaders task, @PathParam("reportId") String supersededId,
                            @Valid @NotNull CorrectReportRequest request) {
        String reportId = RequestValues.idOrNew(request.reportId());
        CorrectProgressReport command = new CorrectProgressReport(task.taskId(), task.expectedVersion(), reportId,
                supersededId, commands.unit("unitId", request.unitId()), request.text(),
                ReportProgressRequest.Count.toEvents(request.counts()), orEmpty(request.milestonesClaimedDone()),
                ReportProgressRequest.AttachmentInfo.toEvents(request.attachments()), request.reason());
        requireUploaded(task, command.unitId(), request.attachments());
        return commands.added(task, command, Recorded.Kind.REPORT, reportId);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{reportId}/acceptance")
    @Operation(summary = "Accept (审核确认) a report or correction in force",
            description = "Only on a plan that reviews reports (409 review-off); only the report in force for its "
                    + "unit and period (409 report-superseded); once (409 already-reviewed).")
    @APIResponse(responseCode = "200", description = "Accepted; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "409", description = "review-off, report-superseded, already-reviewed or task-closed")
    @APIResponse(responseCode = "422", description = "The task has no such report (unknown-report)")
    public Response accept(@BeanParam TaskWriteHeaders task, @PathParam("reportId") String reportId,
                           @Valid @NotNull AcceptReportRequest request) {
        return commands.changed(task, new AcceptReport(task.taskId(), task.expectedVersion(), reportId,
                request.note()));
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{reportId}/return")
    @Operation(summary = "Return (退回) a report or correction in force to its unit, saying why",
            description = "As acceptance (409 review-off, report-superseded, already-reviewed). The unit answers with "
                    + "a correction (POST …/reports/{reportId}/corrections), which is reviewed in turn, by correctBy: "
                    + "the day given, not before today (else 422 correct-by-before-return), or 2 working days after "
                    + "today in the plan's time zone.")
    @APIResponse(responseCode = "200", description = "Returned; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "409", description = "review-off, report-superseded, already-reviewed or task-closed")
    @APIResponse(responseCode = "422", description = "No such report (unknown-report), or correctBy lies before "
            + "today (correct-by-before-return)")
    public Response returnReport(@BeanParam TaskWriteHeaders task, @PathParam("reportId") String reportId,
                                 @Valid @NotNull ReturnReportRequest request) {
        return commands.changed(task, new ReturnReport(task.taskId(), task.expectedVersion(), reportId,
                request.reason(), request.correctBy()));
    }

    /** A report names only files uploaded before it, by the hash and size the upload answered (else 422). */
    private void requireUploaded(TaskWriteHeaders task, String unitId,
                                 java.util.List<ReportProgressRequest.AttachmentInfo> named) {
        if (named == null || named.isEmpty()) {
            return;
        }
        commands.resolution().requireAllKnown();
        attachments.requireNameable(unitId, task.taskId(), named.stream()
                .map(a -> new Attachments.Named(a.sha256(), a.size())).toList());
    }
}
