package duban.reporting.dashboard.api;

import duban.reporting.view.AcknowledgementEntry;
import duban.reporting.view.PeriodEntry;
import duban.reporting.view.ReportEntry;
import duban.reporting.view.ShareEntry;
import duban.reporting.view.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit's dashboard as the ledger stood at {@code asOf}: its counts over every task it stood on, its record per
 * period, and one page of its tasks (by plan, then in the notice's order).
 *
 * @param warnings e.g. a year the working-day calendar has no holiday data for
 */
@Schema(name = "UnitDashboard", description = "A unit's tasks, signals, periods and shares as the ledger stood then")
public record UnitDashboard(String unitId, String unitName, Instant asOf, Counts counts, List<PeriodSummary> periods,
                            Page page, List<Entry> tasks, List<String> warnings) {

    /**
     * The unit's counts over every task it stood on (before filters and paging).
     *
     * @param overdueMilestones        milestones binding it, not done and past their day
     * @param milestonesDueWithin7Days milestones binding it, not done, due today or within 7 days
     * @param missingReports           periods it owed, past their deadline, with nothing filed
     * @param unfiledOpenPeriods       periods open now that it owes and has not filed yet
     * @param overdueAcknowledgements  领办逾期: its assignments as lead or co-responsible unit past their due day
     *                                 and not acknowledged, on tasks still running
     */
    @Schema(name = "DashboardCounts")
    public record Counts(int tasks, int open, int suspended, int completed, int cancelled, int red, int yellow,
                         int green, int overdueMilestones, int milestonesDueWithin7Days, int missingReports,
                         int unfiledOpenPeriods, int overdueAcknowledgements) {
    }

    /** The unit's record for one reporting period, over all its tasks. */
    @Schema(name = "DashboardPeriod")
    public record PeriodSummary(LocalDate period, int owed, int onTime, int late, int missing, int open) {
    }

    /** Which page of the unit's tasks this is. */
    @Schema(name = "DashboardPage")
    public record Page(int page, int size, int totalTasks) {
    }

    /**
     * One task on the dashboard.
     *
     * @param acknowledgement its acknowledgement (签收) of its current assignment, when it is lead or co-responsible
     */
    @Schema(name = "DashboardEntry", description = "A task the unit is on, as LEAD (牵头单位), CO (同责单位), "
            + "SHARE_HOLDER (holds a share of a target) or GROUP_MEMBER (a member of a group holding one)")
    public record Entry(String taskId, String planId, String code, String title,
                        @Schema(enumeration = {"OPEN", "SUSPENDED", "COMPLETED", "CANCELLED"}) String status,
                        @Schema(enumeration = {"LEAD", "CO", "SHARE_HOLDER", "GROUP_MEMBER"}) String role,
                        List<String> standings, List<String> viaGroups, boolean owesReports, long version,
                        Signal signal, NextMilestone nextMilestone, OpenPeriod openPeriod, List<PeriodEntry> record,
                        ReportEntry latestReport, List<ShareEntry> shares, AcknowledgementEntry acknowledgement) {
    }

    /** The next milestone (节点) binding the unit that is not done. */
    @Schema(name = "DashboardMilestone")
    public record NextMilestone(String milestoneId, String description, LocalDate dueOn, boolean overdue) {
    }

    /**
     * The period open then, when the unit owes it.
     *
     * @param moved whether the deadline moved past a day off
     * @param filed whether the unit had filed for it
     */
    @Schema(name = "DashboardOpenPeriod")
    public record OpenPeriod(LocalDate period, LocalDate deadlineDate, Instant deadlineAt, boolean moved,
                             boolean filed) {
    }
}
