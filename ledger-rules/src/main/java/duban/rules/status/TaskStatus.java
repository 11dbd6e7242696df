package duban.rules.status;

import duban.events.task.CompletionApproved;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskResumed;
import duban.events.task.TaskSuspended;
import java.util.List;

/**
 * Where a task stands. A task is OPEN from its creation; a suspension (暂停) lifts its units' obligations until it
 * is resumed; an approved completion (办结) or a cancellation closes it for good.
 */
public enum TaskStatus {
    /** 推进中: running, its units owe their reports and milestones. */
    OPEN("推进中"),
    /** 已暂停: suspended; it still takes reports but owes none. */
    SUSPENDED("已暂停"),
    /** 已办结: completion approved; final. */
    COMPLETED("已办结"),
    /** 已取消: cancelled; final. */
    CANCELLED("已取消");

    /** The events that move a task's status; every other event leaves it as it is. */
    public static final List<Class<?>> EVENTS = List.of(TaskSuspended.class, TaskResumed.class,
            TaskCancelled.class, CompletionApproved.class);

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    /** A task's status when it is created. */
    public static TaskStatus initial() {
        return OPEN;
    }

    /** The status as the Chinese ledger (工作台账) words it. */
    public String label() {
        return label;
    }

    /** Completed or cancelled: the task takes no command any more. */
    public boolean closed() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** Open and not suspended: the only state in which units owe reports, milestones and answers. */
    public boolean running() {
        return this == OPEN;
    }

    /** The status after {@code event}; an event that is not a lifecycle event leaves it unchanged. */
    public TaskStatus after(Object event) {
        if (event instanceof TaskSuspended) {
            return SUSPENDED;
        }
        if (event instanceof TaskResumed) {
            return OPEN;
        }
        if (event instanceof TaskCancelled) {
            return CANCELLED;
        }
        if (event instanceof CompletionApproved) {
            return COMPLETED;
        }
        return this;
    }
}
