package duban.tasks.task.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.Caller;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.AcknowledgeAssignment;
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

/** 签收: a lead or co-responsible unit acknowledges its assignment to a task. */
@Path("/api/v1/tasks/{taskId}/acknowledgements")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskAcknowledgementsResource {

    @Inject
    TaskCommands commands;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Acknowledge (签收) the caller's unit's assignment to the task",
            description = "The unit is the caller's own (the token's). Once per assignment: a second acknowledgement "
                    + "is 409 already-acknowledged; a unit taken off the task and assigned again acknowledges again, "
                    + "a change between lead and co-responsible keeps the assignment. Not on a completed or "
                    + "cancelled task (409 task-closed).")
    @APIResponse(responseCode = "201", description = "Acknowledged; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    @APIResponse(responseCode = "403", description = "The caller's unit is neither a lead nor a co-responsible unit "
            + "of the task (not-assigned-unit)")
    @APIResponse(responseCode = "409", description = "Acknowledged already (already-acknowledged), or the task is "
            + "closed (task-closed)")
    public Response acknowledge(@BeanParam TaskWriteHeaders task, @Valid @NotNull AcknowledgeRequest request) {
        AcknowledgeAssignment command = new AcknowledgeAssignment(task.taskId(), task.expectedVersion(),
                caller.identity().unitId().orElse(null), request.note());
        return commands.added(task, command, Recorded.Kind.NONE, null);
    }
}
