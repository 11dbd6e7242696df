package duban.reporting.dashboard.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit's dashboard: every task it holds, with its own latest report.
 *
 * <p>Tasks are ordered by their code in the plan.
 */
@Schema(name = "UnitDashboard", description = "A unit's tasks with its latest report on each")
public record UnitDashboard(String unitId, List<Entry> tasks) {

    /** One task on the dashboard. */
    @Schema(name = "DashboardEntry", description = "A task the unit is on, as LEAD (牵头单位), CO (同责单位), "
            + "SHARE_HOLDER (holds a share of a target) or GROUP_MEMBER (a member of a group holding one)")
    public record Entry(String taskId, String planId, String code, String title, String status, String role,
                        long version, Report latestReport) {
    }

    /** The unit's latest report on the task. */
    @Schema(name = "DashboardReport", description = "The unit's latest progress report (进展情况) on the task")
    public record Report(String reportId, LocalDate period, String text, Instant reportedAt, String supersedes) {
    }
}
