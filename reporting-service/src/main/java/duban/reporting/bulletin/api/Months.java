package duban.reporting.bulletin.api;

import duban.http.problem.ProblemException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads the month of a bulletin's path: yyyy-MM, between 1900 and 9999. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.getYear() < 1900 || month.getYear() > 9999) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-month", "the month must be written yyyy-MM, e.g. 2017-11");
        }
    }

    static ProblemException noSuchPlan(String planId) {
        return new ProblemException(404, "not-found", "Not found", "no such plan: " + planId);
    }
}
