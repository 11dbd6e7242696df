package duban.tasks.task.api;

/**
 * What the refusals particular to some writes on a task mean, as the OpenAPI document states them; the
 * problems every write can give are documented by {@link TaskWriteProblemsFilter}.
 */
final class TaskWriteProblems {

    static final String NOT_PERMITTED = "The unit has no standing for it on this task";

    private TaskWriteProblems() {
    }
}
