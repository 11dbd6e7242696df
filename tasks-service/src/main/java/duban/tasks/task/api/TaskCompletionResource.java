package duban.tasks.task.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.ApproveCompletion;
import duban.tasks.task.command.RejectCompletion;
import duban.tasks.task.command.RequestCompletion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Closing a task (办结 / 销号): a lead unit asks, a supervisor approves or rejects (驳回). */
@Path("/api/v1/tasks/{taskId}/completion-requests")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskCompletionResource {

    @Inject
    TaskCommands commands;

    @POST
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Ask for the task to be closed", description = "Only a lead unit asks; one request at a time.")
    @APIResponse(responseCode = "201", description = "Requested; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "403", description = TaskWriteHeaders.NOT_PERMITTED)
    public Response request(@BeanParam TaskWriteHeaders task, @Valid @NotNull RequestCompletionRequest request) {
        RequestCompletion command = new RequestCompletion(task.taskId(), task.expectedVersion(),
                commands.unit("unitId", request.unitId()), request.note());
        return commands.added(task, command, Recorded.Kind.NONE, null);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/approval")
    @Operation(summary = "Approve the pending completion request: the task is closed",
            description = "Every milestone must be done or waived in this approval.")
    @APIResponse(responseCode = "200", description = "Closed; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response approve(@BeanParam TaskWriteHeaders task, @Valid @NotNull ApproveCompletionRequest request) {
        ApproveCompletion command = new ApproveCompletion(task.taskId(), task.expectedVersion(),
                request.waivedMilestoneIds(), request.note());
        return commands.changed(task, command);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/rejection")
    @Operation(summary = "Reject (驳回) the pending completion request, saying what is missing")
    @APIResponse(responseCode = "200", description = "Rejected; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response reject(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReasonRequest request) {
        RejectCompletion command = new RejectCompletion(task.taskId(), task.expectedVersion(), request.reason());
        return commands.changed(task, command);
    }
}
