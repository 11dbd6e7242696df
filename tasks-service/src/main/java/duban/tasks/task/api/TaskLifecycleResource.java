package duban.tasks.task.api;

import duban.http.security.Roles;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.CancelTask;
import duban.tasks.task.command.ResumeTask;
import duban.tasks.task.command.SuspendTask;
import duban.tasks.task.command.UrgeUnits;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A supervisor's hand on a running task: urging its units (催办), suspending, resuming and cancelling it. */
@Path("/api/v1/tasks/{taskId}")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskLifecycleResource {

    @Inject
    TaskCommands commands;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/urges")
    @Operation(summary = "Urge units of the task", description = "notification-service sends the urge at once.")
    @APIResponse(responseCode = "201", description = "Urged; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response urge(@BeanParam TaskWriteHeaders task, @Valid @NotNull UrgeRequest request) {
        UrgeUnits command = new UrgeUnits(task.taskId(), task.expectedVersion(),
                commands.units("unitIds", request.unitIds()), request.message());
        return commands.added(task, command, Recorded.Kind.NONE, null);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/suspension")
    @Operation(summary = "Suspend the task: no reporting obligations while suspended")
    @APIResponse(responseCode = "200", description = "Suspended; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response suspend(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReasonRequest request) {
        SuspendTask command = new SuspendTask(task.taskId(), task.expectedVersion(), request.reason());
        return commands.changed(task, command);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/resumption")
    @Operation(summary = "Resume a suspended task", description = "The body is optional.")
    @APIResponse(responseCode = "200", description = "Resumed; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response resume(@BeanParam TaskWriteHeaders task, @Valid NoteRequest request) {
        ResumeTask command = new ResumeTask(task.taskId(), task.expectedVersion(),
                request == null ? null : request.note());
        return commands.changed(task, command);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/cancellation")
    @Operation(summary = "Cancel the task for good: it takes no more commands")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response cancel(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReasonRequest request) {
        CancelTask command = new CancelTask(task.taskId(), task.expectedVersion(), request.reason());
        return commands.changed(task, command);
    }
}
