package duban.tasks.task.api;

import duban.http.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem answers every write to an existing task can give (400, 404, 409, 412, 422) on each
 * {@code POST /api/v1/tasks/{taskId}/…}, all of which run through {@link TaskWrites}; the resources declare
 * only their success and the refusals of their own (403).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TaskWriteProblemsFilter implements OASFilter {

    private static final String TASK_WRITES = "/api/v1/tasks/{taskId}/";
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "Invalid request (each invalid field listed), If-Match or Idempotency-Key");
        PROBLEMS.put("404", "No such task");
        PROBLEMS.put("409", "The task's state forbids it now, e.g. the task is closed (办结 or cancelled)");
        PROBLEMS.put("412", "If-Match names a stale version: reload the task and try again");
        PROBLEMS.put("422", "Refused by a ledger rule, a unit the directory does not know (unknown-unit, with close "
                + "matches), or the Idempotency-Key was used for another request");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(TASK_WRITES) && item.getPOST() != null) {
                APIResponses responses = item.getPOST().getResponses();
                PROBLEMS.forEach((status, description) -> {
                    if (!responses.hasAPIResponse(status)) {
                        responses.addAPIResponse(status, problem(description));
                    }
                });
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
