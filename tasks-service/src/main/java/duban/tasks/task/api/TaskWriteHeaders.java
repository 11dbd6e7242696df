package duban.tasks.task.api;

import duban.tasks.infrastructure.web.IfMatch;
import duban.tasks.infrastructure.web.WriteHeaders;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every write to an existing task carries besides its body: the task, If-Match and Idempotency-Key. */
public class TaskWriteHeaders extends WriteHeaders {

    /** What a 403 means on a write a unit files: the domain's refusal, past the endpoint's role check. */
    static final String NOT_PERMITTED = "The unit has no standing for it on this task";

    @PathParam("taskId")
    String taskId;

    @Parameter(description = "The task's ETag as last read, e.g. \"3\": the write is refused (412) when the task "
            + "changed since; absent skips the check")
    @HeaderParam("If-Match")
    String ifMatch;

    String taskId() {
        return taskId;
    }

    /** The version If-Match names, the command's expected version; null (no check) when it names none. */
    Long expectedVersion() {
        return IfMatch.version(ifMatch);
    }
}
