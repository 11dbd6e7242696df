package duban.reporting.dashboard.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's dashboard: every task it holds, with its own latest report.
 *
 * <p>Tasks are ordered by their code in the plan.
 */
public record UnitDashboard(String unitId, List<Entry> tasks) {

    /** One task on the dashboard. */
    public record Entry(String taskId, String planId, String code, String title, String status, String role,
                        long version, Report latestReport) {
    }

    /** The unit's latest report on the task. */
    public record Report(String reportId, LocalDate period, String text, Instant reportedAt, String supersedes) {
    }
}
