package duban.tasks.lookup;

import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportReviewSet;
import duban.events.task.Attachment;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitGroupDefined;
import duban.events.unit.UnitRegistered;
import duban.rules.period.PlanReportingRule;
import duban.tasks.eventstore.PlanTasks;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps the lookup tables (group members, plan rules and whether a plan reviews its reports, the unit directory and the claims on unit names, plan
 * headers) in step with the events that state their facts, and has the event store's gateway index the tasks of
 * each plan. The one event handler of the subscribing lookup processor: everything here runs in the transaction of
 * the command whose events it follows, so each statement is a round trip of that command.
 */
@Singleton
public class LookupTables {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlanRules planRules;

    @Inject
    PlanTasks planTasks;

    @EventHandler
    void on(UnitRegistered event, @org.axonframework.eventhandling.Timestamp Instant recordedAt)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            UnitNameClaims.claim(connection, event.unitId(), event.name(), true, recordedAt);
            for (String alias : event.aliases() == null ? List.<String>of() : event.aliases()) {
                UnitNameClaims.claim(connection, event.unitId(), alias, false, recordedAt);
            }
        }
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
    void on(UnitAliasAdded event, @org.axonframework.eventhandling.Timestamp Instant recordedAt)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            UnitNameClaims.claim(connection, event.unitId(), event.alias(), false, recordedAt);
        }
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
    void on(PlanRegistered event, @org.axonframework.eventhandling.Timestamp Instant recordedAt)
            throws SQLException {
        upsertRule(event.planId(),
                PlanReportingRule.stated(event.reportingDays(), event.timeZone(), event.reportingDayPolicy()));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO plan_header (plan_id, title, doc_number, issuer, issued_on, registered_at)
                     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id) DO NOTHING""")) {
            insert.setString(1, event.planId());
            insert.setString(2, event.title());
            insert.setString(3, event.docNumber());
            insert.setString(4, event.issuer());
            insert.setObject(5, event.issuedOn(), Types.DATE);
            insert.setTimestamp(6, Timestamp.from(recordedAt));
            insert.executeUpdate();
        }
    }

    @EventHandler
    void on(PlanAmended event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE plan_header SET title = COALESCE(?, title), doc_number = COALESCE(?, doc_number),
                         issuer = COALESCE(?, issuer), issued_on = COALESCE(?, issued_on)
                     WHERE plan_id = ?""")) {
            update.setString(1, event.title());
            update.setString(2, event.docNumber());
            update.setString(3, event.issuer());
            update.setObject(4, event.issuedOn(), Types.DATE);
            update.setString(5, event.planId());
            update.executeUpdate();
        }
        if (event.reportingDays() != null || event.timeZone() != null || event.reportingDayPolicy() != null) {
            PlanReportingRule current = PlanRule.find(dataSource, event.planId()).orElse(PlanReportingRule.defaults());
            upsertRule(event.planId(),
                    current.amendedBy(event.reportingDays(), event.timeZone(), event.reportingDayPolicy()));
        }
    }

    @EventHandler
    void on(ReportReviewSet event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE plan_rule SET report_review = ? WHERE plan_id = ?")) {
            update.setBoolean(1, event.required());
            update.setString(2, event.planId());
            update.executeUpdate();
        }
    }

    /** The store's index of each plan's tasks, which it owns; kept here with the other facts of the transaction. */
    @EventHandler
    void on(TaskCreated event) throws SQLException {
        planTasks.record(event.taskId(), event.planId());
    }

    @EventHandler
    void on(ProgressReported event) throws SQLException {
        recordAttachments(event.taskId(), event.reportId(), event.unitId(), event.attachments());
    }

    @EventHandler
    void on(ProgressReportCorrected event) throws SQLException {
        recordAttachments(event.taskId(), event.reportId(), event.unitId(), event.attachments());
    }

    /** Which files a report names: who may download them, and what the audit checks is stored. */
    private void recordAttachments(String taskId, String reportId, String unitId, List<Attachment> attachments)
            throws SQLException {
        if (attachments == null || attachments.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO attachment_reference (sha256, task_id, report_id, unit_id, size)
                     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            for (Attachment attachment : attachments) {
                insert.setString(1, attachment.sha256());
                insert.setString(2, taskId);
                insert.setString(3, reportId);
                insert.setString(4, unitId);
                insert.setLong(5, attachment.size());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void upsertRule(String planId, PlanReportingRule rule) throws SQLException {
        planRules.changing(planId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO plan_rule (plan_id, reporting_days, time_zone, day_off_policy) VALUES (?, ?, ?, ?)
                     ON CONFLICT (plan_id) DO UPDATE SET reporting_days = EXCLUDED.reporting_days,
                         time_zone = EXCLUDED.time_zone, day_off_policy = EXCLUDED.day_off_policy""")) {
            upsert.setString(1, planId);
            upsert.setString(2, rule.reportingDays().stream().map(String::valueOf).collect(Collectors.joining(",")));
            upsert.setString(3, rule.zone().getId());
            upsert.setString(4, rule.policy().name());
            upsert.executeUpdate();
        }
    }
}
