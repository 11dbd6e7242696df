package duban.tasks.task.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every write to an existing task carries besides its body: the task, If-Match and Idempotency-Key. */
public class TaskWriteHeaders {

    @PathParam("taskId")
    String taskId;

    @Parameter(description = "The task's ETag as last read, e.g. \"3\": the write is refused (412) when the task "
            + "changed since; absent skips the check")
    @HeaderParam("If-Match")
    String ifMatch;

    @Parameter(description = "Makes the POST safe to repeat: the same key with the same body answers the first "
            + "result again and records nothing new; with another body, 422")
    @HeaderParam("Idempotency-Key")
    String idempotencyKey;

    String taskId() {
        return taskId;
    }
}
