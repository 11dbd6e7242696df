package duban.tasks.plan.query;

import duban.tasks.eventstore.StoredEvents;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers questions about plans: one plan from its stored events, the list from {@code plan_header}. */
@ApplicationScoped
public class PlanQueries {

    @Inject
    StoredEvents events;

    @Inject
    AgroalDataSource dataSource;

    /** The plan as the events recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<PlanView> findAsOf(String planId, Instant asOf) {
        return events.replay(planId, asOf, new PlanFold()).map(PlanFold::view);
    }

    public Optional<PlanView> find(String planId) {
        return findAsOf(planId, null);
    }

    /** Every registered plan, the most recently issued first. */
    public List<PlanSummary> list() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT plan_id, title, doc_number, issuer, issued_on, registered_at FROM plan_header
                     ORDER BY issued_on DESC NULLS LAST, registered_at DESC, plan_id""");
             ResultSet rows = query.executeQuery()) {
            List<PlanSummary> plans = new ArrayList<>();
            while (rows.next()) {
                plans.add(new PlanSummary(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getObject(5, LocalDate.class),
                        rows.getTimestamp(6).toInstant()));
            }
            return plans;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the list of plans", e);
        }
    }
}
