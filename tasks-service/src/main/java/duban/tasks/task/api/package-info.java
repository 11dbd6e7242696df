/**
 * REST resources for tasks (任务): creating and reading them, and one resource per feature for every other
 * command (milestones, targets, reports, completion and extension requests, lifecycle, wording and units).
 * Rule: a resource validates and translates; a write is {@code @Idempotent}, takes the task and its If-Match as
 * {@link duban.tasks.task.api.TaskWriteHeaders}, builds its command with the units the request names resolved by
 * id, name or alias, and hands it to {@link duban.tasks.task.api.TaskCommands} (422 {@code unknown-unit} before
 * anything is sent; the task's new version answered as ETag with a {@link duban.tasks.task.api.Recorded}); reads
 * go through {@code TaskQueries}; nothing here touches Axon's event store or an aggregate. A request body is a
 * record of this package, its enums included: no type of the events contract shapes it. The problems every write
 * to an existing task can answer are declared here once.
 */
@CommonProblems(pathPrefix = "/api/v1/tasks/{taskId}/", value = {
        @Status(code = "400", description = "Invalid request (each invalid field listed), If-Match or Idempotency-Key"),
        @Status(code = "404", description = "No such task"),
        @Status(code = "409", description = "The task's state forbids it now, e.g. the task is closed (办结 or cancelled)"),
        @Status(code = "412", description = "If-Match names a stale version: reload the task and try again"),
        @Status(code = "422", description = "Refused by a ledger rule, a unit the directory does not know (unknown-unit, "
                + "with close matches), or the Idempotency-Key was used for another request"),
        @Status(code = "500", description = "broken-chain: an earlier event of the task is missing from the store, so "
                + "nothing was recorded (GET /api/v1/audit/verify names it)")})
package duban.tasks.task.api;

import duban.http.problem.openapi.CommonProblems;
import duban.http.problem.openapi.CommonProblems.Status;
