package duban.reporting.completion;

import duban.rules.completion.CompletionFigures;
import duban.rules.completion.CompletionRule;
import duban.rules.completion.CompletionState;
import duban.rules.completion.TaskCompletion;
import duban.rules.status.TaskStatus;
import duban.view.slice.LedgerAt;
import duban.view.slice.TaskAt;
import java.util.Optional;

/**
 * Adds tasks to completion tallies as the ledger stood at the reading. Leaf tasks only (the ledger's rows: an area or
 * item completes through its children); a cancelled task is no longer owed and counts nowhere. Per unit, only the
 * tasks it leads (牵头): the lead unit asks for completion and answers for it; co-responsible units do not count it.
 */
public final class CompletionCount {

    private CompletionCount() {
    }

    /** Whether the task counts at all. */
    public static boolean counts(TaskAt task) {
        return task.leaf() && task.status() != TaskStatus.CANCELLED;
    }

    /** Adds the task to a plan's or an area's tally, assigned at its creation. */
    public static void add(LedgerAt ledger, TaskAt task, CompletionFigures.Tally tally) {
        if (counts(task)) {
            add(ledger.completionRule(task.planId()), ledger.completion(task), ledger, tally);
        }
    }

    /** Adds the task to a unit's tally when the unit leads it, assigned when it became a lead unit. */
    public static void add(LedgerAt ledger, TaskAt task, String unitId, CompletionFigures.Tally tally) {
        if (!counts(task)) {
            return;
        }
        Optional<TaskCompletion> completion = ledger.completion(task, unitId);
        completion.ifPresent(c -> add(ledger.completionRule(task.planId()), c, ledger, tally));
    }

    private static void add(CompletionRule rule, TaskCompletion completion, LedgerAt ledger,
                            CompletionFigures.Tally tally) {
        CompletionState state = rule.state(completion, ledger.at());
        tally.add(state, completion.completed()
                ? rule.workingDays(completion.assignedAt(), completion.completedAt()) : 0);
    }
}
