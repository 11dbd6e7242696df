package duban.reporting.progress;

import duban.reporting.view.AcknowledgementEntry;
import duban.reporting.view.PeriodEntry;
import duban.reporting.view.ReportEntry;
import duban.reporting.view.ShareNodeEntry;
import duban.reporting.view.Signal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task's progress as the ledger stood at {@code asOf}.
 *
 * @param bindsUnits whether the task binds its units to report then (a running leaf)
 */
@Schema(name = "TaskProgress", description = "A task's units, milestones and targets as the ledger stood then")
public record TaskProgress(String taskId, String planId, String parentId, String code, String title,
                           @Schema(enumeration = {"OPEN", "SUSPENDED", "COMPLETED", "CANCELLED"}) String status,
                           Instant statusSince, long version, Instant asOf, boolean bindsUnits, Signal signal,
                           List<UnitProgress> units, List<MilestoneEntry> milestones, List<TargetEntry> targets,
                           List<String> warnings) {

    /**
     * A unit on the task.
     *
     * @param record every period it owed, oldest first, with the open one last
     * @param next   the next period it will owe after the open one; null when it owes nothing more
     * @param acknowledgement its acknowledgement (签收) of its current assignment, when it is lead or co-responsible
     */
    @Schema(name = "TaskProgressUnit")
    public record UnitProgress(String unitId, String unitName,
                               @Schema(enumeration = {"LEAD", "CO", "SHARE_HOLDER", "GROUP_MEMBER"}) String role,
                               List<String> standings, List<String> viaGroups, boolean owesReports, Signal signal,
                               ReportEntry latestReport, List<PeriodEntry> record, LocalDate next,
                               AcknowledgementEntry acknowledgement) {
    }

    /** A milestone (节点) with where it stands and how it moved. */
    @Schema(name = "TaskProgressMilestone")
    public record MilestoneEntry(String milestoneId, String description,
                                 @Schema(enumeration = {"FIRM", "SOFT"}) String commitment,
                                 List<String> responsibleUnitIds, LocalDate originalDueOn, LocalDate dueOn,
                                 LocalDate doneOn,
                                 @Schema(enumeration = {"DONE", "DONE_LATE", "OVERDUE", "DUE_SOON", "PENDING"})
                                 String state, List<Move> moves) {
    }

    /** A rescheduling of a milestone. */
    @Schema(name = "TaskProgressMilestoneMove")
    public record Move(Instant at, LocalDate from, LocalDate to, String reason) {
    }

    /**
     * A target (目标) with its shares evaluated.
     *
     * @param achieved   the sum over its top-level shares (without shares, over the reporting units' counts)
     * @param attainment achieved / total, not capped; null for a total of zero
     */
    @Schema(name = "TaskProgressTarget")
    public record TargetEntry(String targetId, String description, String measureWord, BigDecimal total,
                              BigDecimal achieved, BigDecimal attainment, String partOfTargetId, List<String> warnings,
                              List<ShareNodeEntry> shares) {
    }
}
