package duban.tasks.notice.model;

/**
 * A section that assigns no unit (二、建立工作推进机制 and its (一)建立台账 …): kept as text, not a task.
 */
public record Provision(String code, int level, int line, String title, String text) {
}
