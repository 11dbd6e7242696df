package duban.tasks.task.api;

/** What the problem answers of a write to a task mean, as the OpenAPI document states them. */
final class TaskWriteProblems {

    static final String BAD_REQUEST = "Invalid request (each invalid field listed), If-Match or Idempotency-Key";
    static final String NOT_FOUND = "No such task";
    static final String CONFLICT = "The task's state forbids it now, e.g. the task is closed (办结 or cancelled)";
    static final String STALE = "If-Match names a stale version: reload the task and try again";
    static final String REFUSED = "Refused by a ledger rule, a unit the directory does not know (unknown-unit, "
            + "with close matches), or the Idempotency-Key was used for another request";
    static final String NOT_PERMITTED = "The unit has no standing for it on this task";

    private TaskWriteProblems() {
    }
}
