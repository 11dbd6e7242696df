package duban.tasks.lookup;

import duban.events.plan.ReportingDayPolicy;
import duban.rules.period.PlanReportingRule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads a plan's reporting rule from {@code plan_rule}, the lookup table kept in step with the plan's events. */
final class PlanRule {

    private PlanRule() {
    }

    static Optional<PlanReportingRule> find(DataSource dataSource, String planId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT reporting_days, time_zone, day_off_policy FROM plan_rule WHERE plan_id = ?")) {
            query.setString(1, planId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<Integer> days = Arrays.stream(row.getString(1).split(",")).map(Integer::valueOf).toList();
                return Optional.of(new PlanReportingRule(days, ZoneId.of(row.getString(2)),
                        ReportingDayPolicy.valueOf(row.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reporting rules of plan " + planId, e);
        }
    }
}
