package duban.tasks.notice.fidelity;

import java.time.LocalDate;
import java.util.List;

/**
 * A real notice's task tree as a person read it ({@code expected.json} next to {@code notice.txt}): what the
 * parser should find. Written by hand, never from the parser's output, or it would measure nothing.
 *
 * @param source    where the notice was published
 * @param layout    how its tasks are laid out (table-spaced, table-cell-per-line, labelled-lines, …)
 * @param complete  false when the stored page cut the notice (it then ends at a task boundary)
 * @param tasks     every task in document order, sections too
 * @param otherUnits units the notice names outside unit lists (holders of a target's shares): real units, not
 *                   invented ones
 */
record ExpectedNotice(
        String source,
        String retrieved,
        String issuer,
        String city,
        String title,
        String docNumber,
        String layout,
        boolean complete,
        List<ExpectedTask> tasks,
        List<String> otherUnits) {

    ExpectedNotice {
        tasks = List.copyOf(tasks);
        otherUnits = otherUnits == null ? List.of() : List.copyOf(otherUnits);
    }

    /**
     * @param code       the numbers as written joined by {@code .} (一.(一).1); null when the row has no number
     * @param title      the first clause of the task's text as written
     * @param lead       牵头单位 as written, one by one
     * @param leadGroups 牵头单位 given as a group phrase, as written
     * @param co         配合 / 协同 / 同责单位 as written
     * @param coGroups   the same given as group phrases
     * @param leaders    牵头领导 / 责任领导 / 分管领导 as written
     * @param due        every deadline of the task
     */
    record ExpectedTask(
            String code,
            String title,
            List<String> lead,
            List<String> leadGroups,
            List<String> co,
            List<String> coGroups,
            List<String> leaders,
            List<LocalDate> due) {

        ExpectedTask {
            lead = lead == null ? List.of() : List.copyOf(lead);
            leadGroups = leadGroups == null ? List.of() : List.copyOf(leadGroups);
            co = co == null ? List.of() : List.copyOf(co);
            coGroups = coGroups == null ? List.of() : List.copyOf(coGroups);
            leaders = leaders == null ? List.of() : List.copyOf(leaders);
            due = due == null ? List.of() : List.copyOf(due);
        }

        /** A task that names units: the ones whose units are measured. */
        boolean assigns() {
            return !lead.isEmpty() || !co.isEmpty() || !leadGroups.isEmpty() || !coGroups.isEmpty();
        }
    }
}
