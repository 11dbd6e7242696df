package duban.tasks.lookup;

import duban.calendar.WorkingDayCalendar;
import duban.rules.review.CorrectionDeadline;
import duban.tasks.task.port.ReportReview;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a task's plan reviews its reports, read from {@code plan_rule} (kept in step with the plan's
 * {@code ReportReviewSet}), today in the plan's zone, and the ledger rules' correction deadline with the configured
 * number of working days. Read fresh on every review command: they are rare, and a plan just switched must take
 * effect at once.
 */
@Singleton
public class PlanReportReview implements ReportReview {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlanRules rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @ConfigProperty(name = "duban.rules.review.correction-working-days",
            defaultValue = "" + CorrectionDeadline.DEFAULT_WORKING_DAYS)
    int correctionWorkingDays;

    private CorrectionDeadline deadline;

    @PostConstruct
    void configure() {
        deadline = new CorrectionDeadline(calendar, correctionWorkingDays);
    }

    @Override
    public boolean required(String planId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT report_review FROM plan_rule WHERE plan_id = ?")) {
            query.setString(1, planId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read whether plan " + planId + " reviews its reports", e);
        }
    }

    @Override
    public LocalDate today(String planId) {
        return LocalDate.ofInstant(clock.instant(), rules.of(planId).zone());
    }

    @Override
    public LocalDate correctBy(String planId, LocalDate returnedOn) {
        return deadline.dueAfterReturnOn(returnedOn);
    }
}
