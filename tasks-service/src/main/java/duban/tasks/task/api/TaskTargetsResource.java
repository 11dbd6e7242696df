package duban.tasks.task.api;

import duban.http.security.Roles;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.SetTarget;
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

/** Numeric targets (目标) of a task and their breakdown (目标分解). */
@Path("/api/v1/tasks/{taskId}/targets")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskTargetsResource {

    @Inject
    TaskCommands commands;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Set or replace a target", description = "The target id is generated when the body has "
            + "none; an existing id replaces that target. A breakdown that does not add up is refused (422 "
            + "allocation-mismatch) unless acceptMismatch records it as written, with warnings.")
    @APIResponse(responseCode = "201", description = "Set; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response set(@BeanParam TaskWriteHeaders task, @Valid @NotNull SetTargetRequest request) {
        String targetId = RequestValues.idOrNew(request.targetId());
        SetTarget command = new SetTarget(task.taskId(), task.expectedVersion(), targetId, request.description(),
                request.measureWord(), request.total(), request.allocations(commands.resolution()), request.namedItems(),
                request.acceptMismatch(), request.partOfTargetId());
        return commands.added(task, command, Recorded.Kind.TARGET, targetId);
    }
}
