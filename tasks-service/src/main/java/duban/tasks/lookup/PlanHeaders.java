package duban.tasks.lookup;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads of {@code plan_header}, the header of every plan, which {@link LookupTables} keeps. */
@Singleton
public class PlanHeaders {

    /** A plan's header as last amended, and when the plan was registered. */
    public record PlanHeader(String planId, String title, String docNumber, String issuer, LocalDate issuedOn,
                             Instant registeredAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Every registered plan, the most recently issued first. */
    public List<PlanHeader> list() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT plan_id, title, doc_number, issuer, issued_on, registered_at FROM plan_header
                     ORDER BY issued_on DESC NULLS LAST, registered_at DESC, plan_id""");
             ResultSet rows = query.executeQuery()) {
            List<PlanHeader> plans = new ArrayList<>();
            while (rows.next()) {
                plans.add(new PlanHeader(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getObject(5, LocalDate.class), rows.getTimestamp(6).toInstant()));
            }
            return plans;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the list of plans", e);
        }
    }
}
