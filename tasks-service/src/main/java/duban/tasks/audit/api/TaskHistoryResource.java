package duban.tasks.audit.api;

import duban.http.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.tasks.audit.query.AuditEvent;
import duban.tasks.audit.query.AuditEventQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tasks/{taskId}/history")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
public class TaskHistoryResource {

    @Inject
    AuditEventQueries queries;

    @GET
    @Operation(summary = "Read a task's history: every event in order, with who, when and why",
            description = "The events as stored (payload as written, never upcast), each with its actor, "
                    + "correlation and causation ids and the hashes that chain it.")
    @APIResponse(responseCode = "200", description = "The task's events by sequence number",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEvent.class),
                    examples = @ExampleObject(name = "history", value = AuditExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No such task",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown task", value = AuditExamples.TASK_NOT_FOUND)))
    public List<AuditEvent> history(@PathParam("taskId") String taskId) {
        return queries.taskHistory(taskId).orElseThrow(() -> ProblemException.notFound("task", taskId));
    }
}
