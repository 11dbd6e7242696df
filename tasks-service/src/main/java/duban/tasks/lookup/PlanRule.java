package duban.tasks.lookup;

import duban.events.plan.ReportingDayPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A plan's reporting rules. A task whose plan is not registered (yet) follows the defaults of
 * DESIGN.md: the 5th and the 20th, Asia/Shanghai, moved to the next working day.
 */
record PlanRule(String planId, List<Integer> reportingDays, ZoneId zone, ReportingDayPolicy policy) {

    static PlanRule defaults(String planId) {
        return new PlanRule(planId, List.of(5, 20), ZoneId.of("Asia/Shanghai"), ReportingDayPolicy.NEXT_WORKING_DAY);
    }

    static Optional<PlanRule> find(DataSource dataSource, String planId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT reporting_days, time_zone, day_off_policy FROM plan_rule WHERE plan_id = ?")) {
            query.setString(1, planId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<Integer> days = Arrays.stream(row.getString(1).split(",")).map(Integer::valueOf).toList();
                return Optional.of(new PlanRule(planId, days, ZoneId.of(row.getString(2)),
                        ReportingDayPolicy.valueOf(row.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reporting rules of plan " + planId, e);
        }
    }
}
