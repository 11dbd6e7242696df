package duban.tasks.task.query;

import duban.events.task.Allocation;
import duban.events.task.Attachment;
import duban.events.task.LeaderLine;
import duban.events.task.MilestoneCommitment;
import duban.events.task.ReportingCadence;
import duban.events.task.TargetCount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task as its events tell it: everything an office (督查室) needs to follow it.
 *
 * @param reportingCadence   how often the task reports (每半月 / 每月 报送) as its notice sets it; null when not stated
 * @param leaders            leader lines (分管领导 / 牵头负责领导) verbatim, kept as data; empty when none stated
 * @param status             OPEN, SUSPENDED, COMPLETED (办结) or CANCELLED
 * @param version            the sequence number of its last event: the ETag and the If-Match value
 * @param completionRequests every completion request (办结申请), oldest first; at most the last one is pending
 * @param extensionRequests  every extension request (延期申请), oldest first
 * @param acknowledgements   every acknowledgement (签收) of an assignment, oldest first
 * @param unacknowledgedUnitIds the lead and co-responsible units whose current assignment is not acknowledged
 * @param reports            every report filed, newest first; a superseded one names its correction, and each one
 *                           its review when its plan reviews reports
 */
@Schema(name = "TaskView", description = "A task (任务) with its milestones, targets, requests, urges and reports.")
public record TaskView(
        String id,
        String planId,
        String parentId,
        @Schema(example = "一.(二).1.(2)") String code,
        @Schema(example = "加快发展高新技术企业") String title,
        String text,
        List<String> leadUnitIds,
        List<String> coUnitIds,
        @Schema(example = "2017年12月底前完成") String timelineText,
        @Schema(description = "报送频次 as the notice sets it (从10月份开始每半月报送工作进展情况); absent when not stated")
        ReportingCadence reportingCadence,
        @Schema(description = "分管领导 / 牵头负责领导 lines verbatim, kept as data; empty when none stated")
        List<LeaderLine> leaders,
        @Schema(enumeration = {"OPEN", "SUSPENDED", "COMPLETED", "CANCELLED"}) String status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<Milestone> milestones,
        List<Target> targets,
        List<CompletionRequest> completionRequests,
        List<ExtensionRequest> extensionRequests,
        List<Urge> urges,
        List<Acknowledgement> acknowledgements,
        @Schema(description = "Lead and co-responsible units that have not acknowledged (签收) their current "
                + "assignment") List<String> unacknowledgedUnitIds,
        List<Report> reports) {

    /**
     * A milestone (节点) with its schedule.
     *
     * @param commitment          FIRM, or SOFT when worded 力争 / 争取
     * @param done                recorded done by a supervisor ({@code completedOn}, {@code completionNote})
     * @param claimedDoneBy       the reports in force that claim it done
     * @param waived              left undone and waived when the task was closed
     * @param reschedulings       every move of its due date, oldest first (a granted extension included)
     */
    public record Milestone(String milestoneId, @Schema(example = "2017-12-31") LocalDate dueOn,
                            LocalDate firstDueOn, @Schema(example = "新培育高新技术企业30家") String description,
                            MilestoneCommitment commitment, List<String> responsibleUnitIds, boolean done,
                            LocalDate completedOn, String completionNote, List<String> claimedDoneBy,
                            boolean waived, List<Rescheduling> reschedulings) {
    }

    /** A move of a milestone's due date. */
    public record Rescheduling(LocalDate previousDueOn, LocalDate dueOn, String reason, Instant recordedAt) {
    }

    /**
     * A numeric target (目标) and its breakdown (目标分解).
     *
     * @param warnings       where the breakdown does not add up, as the supervisor accepted it
 * @param partOfTargetId the target of this task this one is a part of (19家,其中…6家); null when it stands alone
     * @param latestCounts the latest cumulative count of each unit that counted it, from the reports in force
     */
    public record Target(String targetId, String description, @Schema(example = "家") String measureWord,
                         @Schema(example = "30") BigDecimal total, List<Allocation> allocations,
                         List<String> namedItems, List<String> warnings, List<UnitCount> latestCounts,
                         @Schema(description = "The whole this target is a part of (19家,其中…6家); absent when it "
                                 + "stands alone", example = "t-institutes") String partOfTargetId) {
    }

    /** A unit's latest cumulative count of a target and the report it comes from. */
    public record UnitCount(String unitId, BigDecimal cumulative, LocalDate period, String reportId) {
    }

    /**
     * A lead unit's request to close the task, and its outcome.
     *
     * @param outcome PENDING, APPROVED or REJECTED
     */
    public record CompletionRequest(String unitId, String note, Instant requestedAt,
                                    @Schema(enumeration = {"PENDING", "APPROVED", "REJECTED"}) String outcome,
                                    Instant decidedAt, String decision, List<String> waivedMilestoneIds) {
    }

    /**
     * A unit's request to move a milestone, and its outcome.
     *
     * @param outcome      PENDING, GRANTED or DENIED
     * @param grantedDueOn the date granted (the one asked for unless the supervisor chose another)
     * @param decision     the note of a grant or the reason of a denial
     */
    public record ExtensionRequest(String requestId, String milestoneId, String unitId, LocalDate requestedDueOn,
                                   String reason, Instant requestedAt,
                                   @Schema(enumeration = {"PENDING", "GRANTED", "DENIED"}) String outcome,
                                   Instant decidedAt, LocalDate grantedDueOn, String decision) {
    }

    /** A supervisor's urge (催办) to units of the task. */
    public record Urge(List<String> unitIds, String message, Instant urgedAt) {
    }

    /**
     * A unit's acknowledgement (签收) of its assignment to the task.
     *
     * @param assignedAt when the assignment it acknowledges began: the task's creation, or the reassignment that put
     *                   the unit on the task (a change between lead and co-responsible keeps the assignment)
     * @param current    whether that assignment still stands; false once the unit was taken off the task
     */
    @Schema(name = "Acknowledgement")
    public record Acknowledgement(@Schema(example = "unit-science-bureau") String unitId,
                                  @Schema(example = "已签收,将按时报送") String note, Instant acknowledgedAt,
                                  Instant assignedAt, boolean current) {
    }

    /** Where a report stands in review (审核). */
    public enum ReviewState {
        /** Filed and waiting for a supervisor's decision. */
        PENDING_REVIEW,
        /** Accepted (审核确认). */
        ACCEPTED,
        /** Returned (退回) to its unit, to be answered by a correction by {@code correctBy}. */
        RETURNED
    }

    /**
     * How review left a report, on a plan that reviews reports.
     *
     * @param note       the supervisor's remark on an acceptance
     * @param reason     why the report was returned
     * @param correctBy  the last day of its correction, when returned
     * @param reviewedBy the supervisor who decided (the token's subject)
     */
    @Schema(name = "ReportReview")
    public record Review(ReviewState state, String note, @Schema(example = "未见佐证材料") String reason,
                         @Schema(example = "2017-11-23") LocalDate correctBy,
                         @Schema(example = "zhang.wei") String reviewedBy, Instant reviewedAt) {

        static final Review PENDING = new Review(ReviewState.PENDING_REVIEW, null, null, null, null, null);
    }

    /**
     * A report as it was filed (never edited).
     *
     * @param supersedes       the report this one corrects, if it is a correction
     * @param correctionReason why the correction was needed
     * @param supersededBy     the correction that replaced this report; null while it is in force
     * @param review           its review: a decision once one is taken; PENDING_REVIEW for the report in force while
     *                         its plan reviews reports; absent otherwise
     */
    public record Report(String reportId, String unitId, LocalDate period, String text, List<TargetCount> counts,
                         List<String> milestonesClaimedDone, List<Attachment> attachments, Instant reportedAt,
                         String supersedes, String correctionReason, String supersededBy, boolean inForce,
                         Review review) {

        Report withReview(Review decided) {
            return new Report(reportId, unitId, period, text, counts, milestonesClaimedDone, attachments, reportedAt,
                    supersedes, correctionReason, supersededBy, inForce, decided);
        }
    }
}
