package duban.tasks.lookup;

import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitGroupDefined;
import duban.events.unit.UnitRegistered;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps the lookup tables (group members, plan rules, the unit directory) in step with the events that state
 * their facts.
 */
@Singleton
public class LookupTables {

    @Inject
    AgroalDataSource dataSource;

    @EventHandler
    void on(UnitRegistered event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO unit_directory (unit_id, name, category, aliases) VALUES (?, ?, ?, ?)
                     ON CONFLICT (unit_id) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category,
                         aliases = EXCLUDED.aliases""")) {
            insert.setString(1, event.unitId());
            insert.setString(2, event.name());
            insert.setString(3, event.category().name());
            List<String> aliases = event.aliases() == null ? List.of() : event.aliases();
            insert.setArray(4, connection.createArrayOf("text", aliases.toArray()));
            insert.executeUpdate();
        }
    }

    @EventHandler
    void on(UnitAliasAdded event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE unit_directory SET aliases = array_append(aliases, ?)
                     WHERE unit_id = ? AND NOT (? = ANY (aliases))""")) {
            update.setString(1, event.alias());
            update.setString(2, event.unitId());
            update.setString(3, event.alias());
            update.executeUpdate();
        }
    }

    @EventHandler
    void on(UnitGroupDefined event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // The phrase lets the notice parser find the group again (各县(市)、区 → its members).
            try (PreparedStatement phrase = connection.prepareStatement("""
                    INSERT INTO unit_group_phrase (group_id, phrase) VALUES (?, ?)
                    ON CONFLICT (group_id) DO UPDATE SET phrase = EXCLUDED.phrase""")) {
                phrase.setString(1, event.groupId());
                phrase.setString(2, event.phrase());
                phrase.executeUpdate();
            }
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
