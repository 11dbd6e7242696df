package duban.tasks.imports;

import duban.tasks.notice.model.Warning;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did. Everything the notice states that the ledger had already is {@code skipped}; a second
 * import of the same notice creates nothing and skips everything.
 *
 * @param aliasesAdded spellings the notice uses for units the directory knew under another name (风泉区)
 * @param skipped  commands not sent because what they create exists already
 * @param warnings the parser's warnings with their lines, and what the import could not map
 */
@Schema(description = "What a notice import created, and what it found there already")
public record ImportSummary(
        String planId,
        int tasksCreated,
        int unitsRegistered,
        int groupsDefined,
        int milestonesScheduled,
        int targetsSet,
        int aliasesAdded,
        int skipped,
        List<Warning> warnings) {

    public ImportSummary {
        warnings = List.copyOf(warnings);
    }
}
