package duban.view.history;

import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A task's events in order, from its creation, with the tasks created under it. */
public final class TaskHistory {

    private final Recorded<TaskCreated> created;
    private volatile List<Recorded<? extends TaskEvent>> events;
    private volatile List<Recorded<TaskCreated>> children = List.of();

    TaskHistory(Recorded<TaskCreated> created) {
        this.created = created;
        this.events = List.of(created);
    }

    public String taskId() {
        return created.event().taskId();
    }

    public String planId() {
        return created.event().planId();
    }

    public Recorded<TaskCreated> created() {
        return created;
    }

    /** Every event of the task, its creation first, in their order within the task. */
    public List<Recorded<? extends TaskEvent>> events() {
        return events;
    }

    /** The tasks created under this one, in order. */
    public List<Recorded<TaskCreated>> children() {
        return children;
    }

    /** The sequence number of the task's latest event. */
    public long lastSequence() {
        List<Recorded<? extends TaskEvent>> current = events;
        return current.get(current.size() - 1).sequence();
    }

    /** Whether it had a child by {@code instant}: then it is an area or item, not a leaf. */
    public boolean hasChildBy(Instant instant) {
        return children.stream().anyMatch(child -> child.recordedBy(instant));
    }

    void append(Recorded<? extends TaskEvent> event) {
        List<Recorded<? extends TaskEvent>> next = new ArrayList<>(events);
        next.add(event);
        events = List.copyOf(next);
    }

    void addChild(Recorded<TaskCreated> child) {
        List<Recorded<TaskCreated>> next = new ArrayList<>(children);
        next.add(child);
        children = List.copyOf(next);
    }
}
