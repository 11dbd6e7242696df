package duban.tasks.task.api;

import duban.http.problem.AsOf;
import duban.http.problem.ProblemException;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.AggregateViews;
import duban.tasks.infrastructure.web.Caller;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.infrastructure.web.WriteHeaders;
import duban.tasks.task.command.CreateTask;
import duban.tasks.task.query.TaskQueries;
import duban.tasks.task.query.TaskView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creating a task and reading it, now or as of a past instant; every other write has its feature's resource. */
@Path("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks (任务) of a plan: milestones, targets, reports, requests and decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskQueries queries;

    @Inject
    TaskCommands commands;

    @Inject
    Caller caller;

    @Inject
    TaskAudience audience;

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Create a task", description = "Units are named by id, name or alias (简称).")
    @APIResponse(responseCode = "201", description = "Created; Location names the task, ETag its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule, a unit the directory does not know "
            + "(unknown-unit, with close matches), or the Idempotency-Key was used for another request")
    public Response create(@BeanParam WriteHeaders headers, @Valid @NotNull CreateTaskRequest request) {
        String taskId = UUID.randomUUID().toString();
        CreateTask command = new CreateTask(taskId, request.planId(), request.parentId(), request.code(),
                request.title(), request.text(), commands.units("leadUnitIds", request.leadUnitIds()),
                commands.units("coUnitIds", RequestValues.orEmpty(request.coUnitIds())), request.timelineText(),
                request.cadence(), request.leaderLines());
        return commands.created(headers, command, views(), taskId);
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Read a task, now or as of a past instant", description = "Status, milestones and their "
            + "schedule, targets with their breakdown and latest counts, completion and extension requests with "
            + "their outcome, urges, each unit's acknowledgement (签收) of its assignment and who has not acknowledged, "
            + "and every report (superseded ones marked), with its review (PENDING_REVIEW, ACCEPTED or RETURNED) where "
            + "the plan reviews reports.")
    @APIResponse(responseCode = "200", description = "The task; ETag is its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for a task its unit is not on")
    @APIResponse(responseCode = "404", description = "No such task")
    public Response get(@PathParam("taskId") String taskId,
                        @Parameter(description = AsOf.DESCRIPTION) @QueryParam("asOf") String asOf) {
        TaskView task = views().require(taskId, AsOf.parse(asOf));
        Optional<String> unit = caller.identity().unitId();
        if (unit.isPresent() && !audience.includes(task, unit.get())) {
            throw new ProblemException(403, "not-on-task", "Forbidden", "the caller's unit is not on this task");
        }
        return views().ok(task);
    }

    private AggregateViews<TaskView> views() {
        return new AggregateViews<>("task", queries::findAsOf, TaskView::version);
    }
}
