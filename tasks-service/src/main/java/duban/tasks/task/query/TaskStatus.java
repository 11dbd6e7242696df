package duban.tasks.task.query;

import duban.events.task.CompletionApproved;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskResumed;
import duban.events.task.TaskSuspended;
import java.util.List;

/**
 * How a task's status (OPEN, SUSPENDED, COMPLETED 办结, CANCELLED) follows from its events: the one rule that the
 * task's own view and the plan's task tree both read, so the two never tell a task's status differently.
 */
public final class TaskStatus {

    /** A task's status before any lifecycle event. */
    public static final String OPEN = "OPEN";

    /** The events that change a task's status. */
    public static final List<Class<?>> EVENTS = List.of(TaskSuspended.class, TaskResumed.class,
            TaskCancelled.class, CompletionApproved.class);

    private TaskStatus() {
    }

    /** The status after {@code event}; events that do not change the lifecycle leave {@code status} as it is. */
    public static String after(String status, Object event) {
        if (event instanceof TaskSuspended) {
            return "SUSPENDED";
        }
        if (event instanceof TaskResumed) {
            return OPEN;
        }
        if (event instanceof TaskCancelled) {
            return "CANCELLED";
        }
        if (event instanceof CompletionApproved) {
            return "COMPLETED";
        }
        return status;
    }
}
