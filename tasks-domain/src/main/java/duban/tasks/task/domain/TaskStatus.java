package duban.tasks.task.domain;

/** Where a task stands. A completed (办结) or cancelled task is closed for good. */
enum TaskStatus {
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    CANCELLED;

    boolean closed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
