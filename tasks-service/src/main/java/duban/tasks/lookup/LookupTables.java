package duban.tasks.lookup;

import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.unit.UnitGroupDefined;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventHandler;

/** Keeps the lookup tables in step with the events that state their facts. */
@Singleton
public class LookupTables {

    @Inject
    AgroalDataSource dataSource;

    @EventHandler
    void on(UnitGroupDefined event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM unit_group_member WHERE group_id = ?")) {
                delete.setString(1, event.groupId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO unit_group_member (group_id, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String unit : event.memberUnitIds()) {
                    insert.setString(1, event.groupId());
                    insert.setString(2, unit);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @EventHandler
    void on(PlanRegistered event) throws SQLException {
        upsertRule(event.planId(), event.reportingDays(), event.timeZone(), event.reportingDayPolicy());
    }

    @EventHandler
    void on(PlanAmended event) throws SQLException {
        if (event.reportingDays() != null || event.timeZone() != null || event.reportingDayPolicy() != null) {
            PlanRule current = PlanRule.find(dataSource, event.planId()).orElse(PlanRule.defaults(event.planId()));
            upsertRule(event.planId(),
                    event.reportingDays() != null ? event.reportingDays() : current.reportingDays(),
                    event.timeZone() != null ? event.timeZone() : current.zone().getId(),
                    event.reportingDayPolicy() != null ? event.reportingDayPolicy() : current.policy());
        }
    }

    private void upsertRule(String planId, List<Integer> days, String zone, ReportingDayPolicy policy)
            throws SQLException {
        PlanRule defaults = PlanRule.defaults(planId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO plan_rule (plan_id, reporting_days, time_zone, day_off_policy) VALUES (?, ?, ?, ?)
                     ON CONFLICT (plan_id) DO UPDATE SET reporting_days = EXCLUDED.reporting_days,
                         time_zone = EXCLUDED.time_zone, day_off_policy = EXCLUDED.day_off_policy""")) {
            upsert.setString(1, planId);
            upsert.setString(2, (days == null || days.isEmpty() ? defaults.reportingDays() : days).stream()
                    .map(String::valueOf).collect(Collectors.joining(",")));
            upsert.setString(3, zone != null ? zone : defaults.zone().getId());
            upsert.setString(4, (policy != null ? policy : defaults.policy()).name());
            upsert.executeUpdate();
        }
    }
}
