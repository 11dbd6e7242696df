package duban.tasks.task.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.DenyExtension;
import duban.tasks.task.command.GrantExtension;
import duban.tasks.task.command.RequestExtension;
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

/** Extension requests (延期申请): a unit asks to move a milestone, a supervisor grants or denies. */
@Path("/api/v1/tasks/{taskId}/extension-requests")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskExtensionsResource {

    @Inject
    TaskCommands commands;

    @POST
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Ask to move a milestone", description = "By a lead unit or a unit the milestone binds; "
            + "the request id is generated when the body has none.")
    @APIResponse(responseCode = "201", description = "Requested; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "403", description = TaskWriteHeaders.NOT_PERMITTED)
    public Response request(@BeanParam TaskWriteHeaders task, @Valid @NotNull RequestExtensionRequest request) {
        String requestId = RequestValues.idOrNew(request.requestId());
        RequestExtension command = new RequestExtension(task.taskId(), task.expectedVersion(), requestId,
                request.milestoneId(), commands.unit("unitId", request.unitId()), request.requestedDueOn(),
                request.reason());
        return commands.added(task, command, Recorded.Kind.EXTENSION_REQUEST, requestId);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{requestId}/grant")
    @Operation(summary = "Grant a pending extension: the milestone moves")
    @APIResponse(responseCode = "200", description = "Granted; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response grant(@BeanParam TaskWriteHeaders task, @PathParam("requestId") String requestId,
                          @Valid @NotNull GrantExtensionRequest request) {
        GrantExtension command = new GrantExtension(task.taskId(), task.expectedVersion(), requestId,
                request.dueOn(), request.note());
        return commands.changed(task, command);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{requestId}/denial")
    @Operation(summary = "Deny a pending extension: the milestone keeps its date")
    @APIResponse(responseCode = "200", description = "Denied; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response deny(@BeanParam TaskWriteHeaders task, @PathParam("requestId") String requestId,
                         @Valid @NotNull ReasonRequest request) {
        DenyExtension command = new DenyExtension(task.taskId(), task.expectedVersion(), requestId, request.reason());
        return commands.changed(task, command);
    }
}
