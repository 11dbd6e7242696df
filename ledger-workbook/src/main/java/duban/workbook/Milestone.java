package duban.workbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated clause of a task's 时间进度.
 *
 * @param due         the date the clause names (2017年10月底前 → 2017-10-31)
 * @param description the clause itself
 * @param soft        力争 / 争取: a goal, not an obligation
 * @param done        已完成 in the text: done when the plan was issued
 */
public record Milestone(LocalDate due, String description, boolean soft, boolean done) {

    public Milestone {
        Objects.requireNonNull(due, "due");
        description = Text.orEmpty(description);
    }
}
