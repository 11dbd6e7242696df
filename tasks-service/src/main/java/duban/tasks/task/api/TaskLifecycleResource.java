package duban.tasks.task.api;

import duban.http.security.Roles;
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
public class TaskLifecycleResource {

    @Inject
    TaskWrites writes;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/urges")
    @Operation(summary = "Urge units of the task", description = "notification-service sends the urge at once.")
    @APIResponse(responseCode = "201", description = "Urged; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response urge(@BeanParam TaskWriteHeaders task, @Valid @NotNull UrgeRequest request) {
        return writes.add(task, request, Recorded.Kind.NONE, null, (version, units) ->
                new UrgeUnits(task.taskId(), version, units.units("unitIds", request.unitIds()), request.message()));
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/suspension")
    @Operation(summary = "Suspend the task: no reporting obligations while suspended")
    @APIResponse(responseCode = "200", description = "Suspended; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response suspend(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReasonRequest request) {
        return writes.change(task, request, (version, units) ->
                new SuspendTask(task.taskId(), version, request.reason()));
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/resumption")
    @Operation(summary = "Resume a suspended task", description = "The body is optional.")
    @APIResponse(responseCode = "200", description = "Resumed; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response resume(@BeanParam TaskWriteHeaders task, @Valid NoteRequest request) {
        String note = request == null ? null : request.note();
        return writes.change(task, request, (version, units) -> new ResumeTask(task.taskId(), version, note));
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/cancellation")
    @Operation(summary = "Cancel the task for good: it takes no more commands")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response cancel(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReasonRequest request) {
        return writes.change(task, request, (version, units) ->
                new CancelTask(task.taskId(), version, request.reason()));
    }
}
