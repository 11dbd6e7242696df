package duban.tasks.imports;

import duban.tasks.notice.model.Warning;
import java.util.List;

/**
 * The commands that import one notice, in the order the ledger needs them (plan, units, groups, then each
 * task followed by its milestones and targets), and what the mapping had to leave out.
 *
 * @param planId   the plan's id
 * @param warnings the parser's warnings, then the mapping's own
 */
public record ImportScript(String planId, List<ImportStep> steps, List<Warning> warnings) {

    public ImportScript {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }
}
