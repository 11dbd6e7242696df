package duban.reporting.progress.api;

import duban.http.problem.AsOf;
import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.reporting.progress.TaskProgress;
import duban.reporting.progress.TaskProgresses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tasks/{taskId}/progress")
@Tag(name = "Progress", description = "How a task (任务) and a plan (工作方案) are getting on")
@Produces(MediaType.APPLICATION_JSON)
public class TaskProgressResource {

    @Inject
    CallerIdentity caller;

    @Inject
    TaskProgresses progresses;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "A task's progress, now or as of a past instant",
            description = "Every unit on the task with its standing, signal, latest report and record of periods; "
                    + "every milestone with its state and moves; every target with its shares and attainment, rolled "
                    + "up through groups, ranges and nested shares; the task's signal with its reasons.")
    @APIResponse(responseCode = "200", description = "The task's progress",
            content = @Content(schema = @Schema(implementation = TaskProgress.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for a task its unit is not on")
    @APIResponse(responseCode = "404", description = "No such task (as of that instant)")
    public TaskProgress progress(@PathParam("taskId") @Size(max = 100) String taskId,
                                 @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        if (Roles.UNIT.equals(caller.role())) {
            caller.unitId().filter(progresses.unitsOn(taskId)::contains).orElseThrow(() -> new ProblemException(403,
                    "not-on-task", "Forbidden", "a unit's clerk reads only the tasks its unit is on"));
        }
        return progresses.of(taskId, AsOf.parse(asOf)).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not found", "no such task: " + taskId));
    }
}
