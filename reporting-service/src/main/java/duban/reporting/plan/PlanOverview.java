package duban.reporting.plan;

import duban.reporting.completion.CompletionEntry;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's tasks counted overall and per area (一、二、…), and the units with the most overdue items. */
@Schema(name = "PlanOverview", description = "A plan's tasks counted overall and per area, and the units most behind")
public record PlanOverview(String planId, String title, String docNumber, Instant asOf, Counts overall,
                           List<Area> areas, List<UnitBehind> unitsMostBehind) {

    /**
     * Counts over leaf tasks (the ledger's rows).
     *
     * @param overdueMilestones milestones of running tasks, not done and past their day
     * @param missingReports    periods owed on the tasks, past their deadline with nothing filed (or returned and not
     *                          corrected in time)
     * @param returnedReports   reports on the tasks returned (退回) for correction by then
     * @param overdueAcknowledgements 领办逾期: lead and co-responsible units' assignments past their due day and
     *                          not acknowledged, on running tasks of any level (an area's or item's units too)
     * @param completion        按期完成率, 超期办结 and 平均办结时长 as of the reading
     */
    @Schema(name = "PlanCounts")
    public record Counts(int tasks, int open, int suspended, int completed, int cancelled, int red, int yellow,
                         int green, int overdueMilestones, int missingReports, int returnedReports,
                         int overdueAcknowledgements, CompletionEntry completion) {
    }

    /**
     * One area of the plan: its code (二, or 一.(二) when one part 一、 holds all the areas), its title, its counts.
     */
    @Schema(name = "PlanArea")
    public record Area(@Schema(example = "二") String area, String title, Counts counts) {
    }

    /** A unit with overdue milestones or missing reports on the plan. */
    @Schema(name = "PlanUnitBehind")
    public record UnitBehind(String unitId, String unitName, int overdueMilestones, int missingReports) {
    }
}
