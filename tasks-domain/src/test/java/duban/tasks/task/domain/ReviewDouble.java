package duban.tasks.task.domain;

import duban.calendar.WorkingDayCalendar;
import duban.rules.review.CorrectionDeadline;
import duban.tasks.task.port.ReportReview;
import java.time.LocalDate;

/**
 * {@link ReportReview} for the scenes: the plan's review switched by the test, today settable, and the correction
 * deadline by the ledger rules with the bundled calendar (2 working days).
 */
final class ReviewDouble implements ReportReview {

    private static final CorrectionDeadline DEADLINE = CorrectionDeadline.withDefaults(WorkingDayCalendar.bundled());
    private boolean required;
    private LocalDate today;

    ReviewDouble(LocalDate today) {
        this.today = today;
    }

    ReviewDouble requireReview() {
        required = true;
        return this;
    }

    void setToday(LocalDate today) {
        this.today = today;
    }

    @Override
    public boolean required(String planId) {
        return required;
    }

    @Override
    public LocalDate today(String planId) {
        return today;
    }

    @Override
    public LocalDate correctBy(String planId, LocalDate returnedOn) {
        return DEADLINE.dueAfterReturnOn(returnedOn);
    }
}
