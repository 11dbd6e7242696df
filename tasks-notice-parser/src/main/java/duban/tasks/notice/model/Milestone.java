package duban.tasks.notice.model;

import java.time.LocalDate;

/**
 * A milestone (节点): what must be done by the end of {@code dueOn} (Asia/Shanghai).
 *
 * @param description the clause of the timeline it comes from, verbatim
 * @param soft        worded 力争 / 争取: reported, not a failure when missed
 * @param done        the notice says it is done already (已完成)
 */
public record Milestone(LocalDate dueOn, String description, boolean soft, boolean done, int line) {
}
