package duban.notification.security;

import duban.notification.ServiceState;
import duban.testing.contract.AuthorizationMatrixContract;
import duban.testing.identity.AuthorizationMatrix;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every endpoint of notification-service, as discovered from its live OpenAPI document, called as every identity: a
 * unit's clerk sees and marks its own schedule and inbox, sees and manages its own webhooks, delivery log and
 * e-mail contacts only, and a refused call changes nothing.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    private static final String OWNING_UNIT = "矩阵单位甲";
    private static final String OTHER_UNIT = "矩阵单位乙";

    @Inject
    AgroalDataSource dataSource;

    AuthorizationMatrixTest() {
        super("notification-service", 11, OWNING_UNIT, OTHER_UNIT,
                ServiceState.of("processed_event", "ledger_event", "reminder", "delivery", "webhook", "webhook_attempt",
                        "contact"));
    }

    @Override
    protected Map<String, AuthorizationMatrix.Sample> samples() {
        Map<String, AuthorizationMatrix.Sample> samples = new LinkedHashMap<>();
        samples.put("GET /api/v1/units/{unitId}/schedule", who -> as -> as.get("/api/v1/units/{u}/schedule", OWNING_UNIT));
        samples.put("GET /api/v1/units/{unitId}/notifications",
                who -> as -> as.get("/api/v1/units/{u}/notifications", OWNING_UNIT));
        samples.put("POST /api/v1/units/{unitId}/notifications/{notificationId}/read", who -> {
            String id = aReminderOfTheOwningUnit();
            return as -> as.post("/api/v1/units/{u}/notifications/{id}/read", OWNING_UNIT, id);
        });
        samples.put("GET /api/v1/units/{unitId}/deliveries",
                who -> as -> as.get("/api/v1/units/{u}/deliveries", OWNING_UNIT));
        samples.put("POST /api/v1/units/{unitId}/webhooks", who -> {
            // A unit has at most ten active webhooks: earlier samples (and runs) must not reach that limit.
            deactivateTheOwningUnitsWebhooks();
            return as -> as.contentType("application/json").body("{\"url\": \"https://oa.example.org/duban\"}")
                    .post("/api/v1/units/{u}/webhooks", OWNING_UNIT);
        });
        samples.put("GET /api/v1/units/{unitId}/webhooks",
                who -> as -> as.get("/api/v1/units/{u}/webhooks", OWNING_UNIT));
        samples.put("DELETE /api/v1/units/{unitId}/webhooks/{webhookId}", who -> {
            String id = aWebhookOfTheOwningUnit();
            return as -> as.delete("/api/v1/units/{u}/webhooks/{id}", OWNING_UNIT, id);
        });
        samples.put("GET /api/v1/units/{unitId}/webhooks/{webhookId}/deliveries", who -> {
            String id = aWebhookOfTheOwningUnit();
            return as -> as.get("/api/v1/units/{u}/webhooks/{id}/deliveries", OWNING_UNIT, id);
        });
        samples.put("GET /api/v1/units/{unitId}/contacts", who -> as -> as.get("/api/v1/units/{u}/contacts", OWNING_UNIT));
        samples.put("POST /api/v1/units/{unitId}/contacts", who -> {
            Map<String, String> body = Map.of("name", "矩阵联系人", "address", aFreshAddress());
            return as -> as.contentType("application/json").body(body).post("/api/v1/units/{u}/contacts", OWNING_UNIT);
        });
        samples.put("DELETE /api/v1/units/{unitId}/contacts/{contactId}", who -> {
            String id = aContactOfTheOwningUnit();
            return as -> as.delete("/api/v1/units/{u}/contacts/{id}", OWNING_UNIT, id);
        });
        return samples;
    }

    private void deactivateTheOwningUnitsWebhooks() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update webhook set active = false, deactivated_at = now() where unit_id = ? and active")) {
            update.setString(1, OWNING_UNIT);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A webhook of the owning unit, as a registration stores one (deactivated: it counts against no limit). */
    private String aWebhookOfTheOwningUnit() {
        String id = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into webhook (id, unit_id, url, description, secret, active, created_at, created_by)
                     values (?, ?, 'https://oa.example.org/matrix', null, 'whsec_matrix', false, now(), 'matrix')""")) {
            insert.setString(1, id);
            insert.setString(2, OWNING_UNIT);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static String aFreshAddress() {
        return "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@xinxiang.gov.cn";
    }

    /** An active contact, as the contacts API adds one, so that removing it has something to remove. */
    private String aContactOfTheOwningUnit() {
        String id = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into contact (id, unit_id, name, address, active, added_at, added_by)
                     values (?, ?, '矩阵联系人', ?, true, now(), 'matrix@duban.test')""")) {
            insert.setString(1, id);
            insert.setString(2, OWNING_UNIT);
            insert.setString(3, aFreshAddress());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** A reminder as the tick records one, so that marking it read has something to mark. */
    private String aReminderOfTheOwningUnit() {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into reminder (id, reminder_key, kind, task_id, recipient, about_unit, subject, send_on,
                         due_at, sent_at, late, heading, body) values (?, ?, 'URGED', 'matrix-task', ?, ?, ?, ?, ?, ?,
                         false, '催办', '督查室催办')""")) {
            insert.setString(1, id);
            insert.setString(2, "URGED|matrix-task|" + OWNING_UNIT + "|" + id);
            insert.setString(3, OWNING_UNIT);
            insert.setString(4, OWNING_UNIT);
            insert.setString(5, id);
            insert.setObject(6, LocalDate.now());
            insert.setObject(7, now);
            insert.setObject(8, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
