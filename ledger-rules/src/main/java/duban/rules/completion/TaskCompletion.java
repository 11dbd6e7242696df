package duban.rules.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What completion metrics need to know of one task, for the plan or for one of its lead units.
 *
 * @param finalDueOn  the task's final due date ({@link FinalDueDate}); null when it has none
 * @param assignedAt  when the task was assigned: its creation, or for a unit the moment it became a lead unit
 * @param completedAt when the ledger recorded the approval of its completion (CompletionApproved); null when not
 *                    approved by the cut-off
 */
public record TaskCompletion(LocalDate finalDueOn, Instant assignedAt, Instant completedAt) {

    public TaskCompletion {
        Objects.requireNonNull(assignedAt, "assignedAt");
    }

    public boolean completed() {
        return completedAt != null;
    }
}
