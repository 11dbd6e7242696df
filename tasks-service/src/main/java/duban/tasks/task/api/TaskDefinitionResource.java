package duban.tasks.task.api;

import static duban.tasks.task.api.RequestValues.orEmpty;

import duban.http.security.Roles;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.ReassignUnits;
import duban.tasks.task.command.ReviseTask;
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

/** What a task is: its wording (revisions) and the units responsible for it. */
@Path("/api/v1/tasks/{taskId}")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskDefinitionResource {

    @Inject
    TaskCommands commands;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/revisions")
    @Operation(summary = "Revise the task's wording", description = "Absent fields stay as they are; at least one "
            + "must change (422 no-change otherwise).")
    @APIResponse(responseCode = "200", description = "Revised; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response revise(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReviseTaskRequest request) {
        ReviseTask command = new ReviseTask(task.taskId(), task.expectedVersion(), request.title(), request.text(),
                request.timelineText(), request.reason());
        return commands.changed(task, command);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/unit-assignments")
    @Operation(summary = "Replace the task's lead and co-responsible units",
            description = "Units are named by id, name or alias; an unknown one answers 422 unknown-unit.")
    @APIResponse(responseCode = "200", description = "Reassigned; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response reassign(@BeanParam TaskWriteHeaders task, @Valid @NotNull ReassignUnitsRequest request) {
        ReassignUnits command = new ReassignUnits(task.taskId(), task.expectedVersion(),
                commands.units("leadUnitIds", request.leadUnitIds()),
                commands.units("coUnitIds", orEmpty(request.coUnitIds())), request.reason());
        return commands.changed(task, command);
    }
}
