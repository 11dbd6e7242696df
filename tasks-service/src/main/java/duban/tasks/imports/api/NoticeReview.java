package duban.tasks.imports.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.PlanHeader;
import duban.tasks.notice.model.Provision;
import duban.tasks.notice.model.UnitGroup;
import duban.tasks.notice.model.Warning;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dry run's answer: the {@link ReviewSummary} first, then the parsed plan as the parser returns it (header, task
 * tree, provisions, units, groups, warnings with their lines).
 */
// No class-level @Schema: it would make the scanner meet the parser's model first and rename the API's own
// types of the same simple name (Allocation, Milestone) in the document.
@JsonPropertyOrder({"summary", "plan", "tasks", "provisions", "units", "groups", "warnings"})
public record NoticeReview(
        @Schema(description = "read first: the counts of the parsed plan") ReviewSummary summary,
        PlanHeader plan,
        List<ParsedTask> tasks,
        List<Provision> provisions,
        List<ParsedUnit> units,
        List<UnitGroup> groups,
        List<Warning> warnings) {

    static NoticeReview of(ParsedNotice notice) {
        return new NoticeReview(ReviewSummary.of(notice), notice.plan(), notice.tasks(), notice.provisions(),
                notice.units(), notice.groups(), notice.warnings());
    }
}
