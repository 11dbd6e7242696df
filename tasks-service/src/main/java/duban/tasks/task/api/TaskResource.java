package duban.tasks.task.api;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import duban.http.security.UnitScope;
import duban.http.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import duban.tasks.infrastructure.web.Caller;
import duban.events.task.Attachment;
import duban.events.task.TargetCount;
import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.tasks.infrastructure.web.Commands;
import duban.tasks.infrastructure.web.IdempotentRequests;
import duban.tasks.task.domain.CreateTask;
import duban.tasks.task.domain.ReportProgress;
import duban.tasks.task.query.TaskQueries;
import duban.tasks.task.query.TaskView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks (任务) of a plan and their progress reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    Commands commands;

    @Inject
    TaskQueries queries;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Create a task")
    @APIResponse(responseCode = "201", description = "Created; Location names the task, ETag its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CreateTaskRequest request,
                           @Parameter(description = "Makes the POST safe to repeat: the same key with the same body answers "
                                   + "the first result again and records nothing new; with another body, 422")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.execute(idempotencyKey, "POST", uri.getPath(), request, () -> {
            String taskId = UUID.randomUUID().toString();
            commands.send(new CreateTask(taskId, request.planId(), request.parentId(), request.code(), request.title(),
                    request.text(), request.leadUnitIds(), orEmpty(request.coUnitIds()), request.timelineText()),
                    idempotencyKey);
            TaskView task = queries.find(taskId).orElseThrow();
            return Response.created(uri.getAbsolutePathBuilder().path(taskId).build())
                    .tag(etag(task)).entity(task).build();
        });
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Read a task, now or as of a past instant")
    @APIResponse(responseCode = "200", description = "The task; ETag is its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", description = "No such task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("taskId") String taskId,
                        @Parameter(description = "ISO-8601 instant with offset, e.g. 2017-11-20T12:00:00+08:00")
                        @QueryParam("asOf") String asOf) {
        TaskView task = queries.findAsOf(taskId, parseInstant(asOf))
                .orElseThrow(() -> ProblemException.notFound("task", taskId));
        caller.identity().unitId().ifPresent(unit -> requireOnTask(task, unit));
        return Response.ok(task).tag(etag(task)).build();
    }

    @POST
    @Path("/{taskId}/reports")
    @RolesAllowed(Roles.UNIT)
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Report progress on a task for a reporting period")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReportAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("taskId") String taskId,
                           @Valid @NotNull ReportProgressRequest request,
                           @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Makes the POST safe to repeat: the same key with the same body answers "
                                   + "the first result again and records nothing new; with another body, 422")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.execute(idempotencyKey, "POST", uri.getPath(), request,
                () -> recordReport(taskId, request, ifMatch, idempotencyKey));
    }

    private Response recordReport(String taskId, ReportProgressRequest request, String ifMatch,
                                  String idempotencyKey) {
        String reportId = UUID.randomUUID().toString();
        commands.send(new ReportProgress(taskId, Versions.parseIfMatch(ifMatch), reportId, request.unitId(),
                request.period(), request.text(),
                orEmpty(request.counts()).stream().map(c -> new TargetCount(c.targetId(), c.cumulative())).toList(),
                orEmpty(request.milestonesClaimedDone()),
                orEmpty(request.attachments()).stream()
                        .map(a -> new Attachment(a.name(), a.size(), a.sha256())).toList()),
                idempotencyKey);
        // The version is read from the store's index, not by folding the task again: this is the hot path.
        long version = queries.version(taskId).orElseThrow();
        return Response.status(Response.Status.CREATED)
                .tag(new EntityTag(Long.toString(version)))
                .entity(new ReportAccepted(reportId, taskId, version))
                .build();
    }

    /** The answer to an accepted report. */
    public record ReportAccepted(String reportId, String taskId, long version) {
    }

    /** A unit's clerk reads the tasks its unit is on, not the others'. */
    private static void requireOnTask(TaskView task, String unitId) {
        if (!task.leadUnitIds().contains(unitId) && !task.coUnitIds().contains(unitId)) {
            throw new ProblemException(403, "not-on-task", "Forbidden", "the caller's unit is not on this task");
        }
    }

    private static EntityTag etag(TaskView task) {
        return new EntityTag(Long.toString(task.version()));
    }

    private static Instant parseInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-instant",
                    "asOf must be an ISO-8601 instant with offset, e.g. 2017-11-20T12:00:00+08:00");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
