package duban.tasks.task.api;

import duban.http.security.Roles;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.task.command.CompleteMilestone;
import duban.tasks.task.command.RescheduleMilestone;
import duban.tasks.task.command.ScheduleMilestone;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Milestones (节点) of a task: scheduling, moving and completing them. */
@Path("/api/v1/tasks/{taskId}/milestones")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class TaskMilestonesResource {

    @Inject
    TaskCommands commands;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Schedule a milestone", description = "The milestone id is generated when the body has none.")
    @APIResponse(responseCode = "201", description = "Scheduled; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response schedule(@BeanParam TaskWriteHeaders task, @Valid @NotNull ScheduleMilestoneRequest request) {
        String milestoneId = RequestValues.idOrNew(request.milestoneId());
        ScheduleMilestone command = new ScheduleMilestone(task.taskId(), task.expectedVersion(), milestoneId,
                request.dueOn(), request.description(), request.commitment() == MilestoneCommitment.SOFT,
                commands.units("responsibleUnitIds", request.responsibleUnitIds()));
        return commands.added(task, command, Recorded.Kind.MILESTONE, milestoneId);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{milestoneId}/reschedulings")
    @Operation(summary = "Move a milestone that is not done", description = "A unit asks with an extension request; "
            + "a supervisor moves it directly here, saying why.")
    @APIResponse(responseCode = "200", description = "Moved; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response reschedule(@BeanParam TaskWriteHeaders task, @PathParam("milestoneId") String milestoneId,
                               @Valid @NotNull RescheduleMilestoneRequest request) {
        RescheduleMilestone command = new RescheduleMilestone(task.taskId(), task.expectedVersion(), milestoneId,
                request.dueOn(), request.reason());
        return commands.changed(task, command);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{milestoneId}/completion")
    @Operation(summary = "Record a milestone as done", description = "Typically confirms a unit's claim in a report.")
    @APIResponse(responseCode = "200", description = "Recorded; ETag is the task's new version",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response complete(@BeanParam TaskWriteHeaders task, @PathParam("milestoneId") String milestoneId,
                             @Valid @NotNull CompleteMilestoneRequest request) {
        CompleteMilestone command = new CompleteMilestone(task.taskId(), task.expectedVersion(), milestoneId,
                request.completedOn(), request.note());
        return commands.changed(task, command);
    }
}
