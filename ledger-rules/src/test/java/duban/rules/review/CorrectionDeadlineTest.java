package duban.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CorrectionDeadlineTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    private final CorrectionDeadline rule = CorrectionDeadline.withDefaults(calendar);

    @Test
    void aReportReturnedMidweekIsDueTwoWorkingDaysLater() {
        // Tuesday 2017-11-21 → Thursday 2017-11-23.
        assertThat(rule.dueAfterReturnOn(LocalDate.parse("2017-11-21"))).isEqualTo("2017-11-23");
    }

    @Test
    void theWeekendDoesNotCount() {
        // Friday 2017-11-24 → Monday 27 (1), Tuesday 28 (2).
        assertThat(rule.dueAfterReturnOn(LocalDate.parse("2017-11-24"))).isEqualTo("2017-11-28");
        // Returned on a Saturday: the day of the return never counts, working day or not.
        assertThat(rule.dueAfterReturnOn(LocalDate.parse("2017-11-25"))).isEqualTo("2017-11-28");
    }

    @Test
    void aStatutoryHolidayDoesNotCountAndAWorkedSaturdayDoes() {
        // Friday 2017-09-29: Saturday 30 is a worked day (国庆节调休), 1-8 October the holiday (国庆节、中秋节).
        assertThat(rule.dueAfterReturnOn(LocalDate.parse("2017-09-29"))).isEqualTo("2017-10-09");
        // Returned during the holiday: the first two working days after it.
        assertThat(rule.dueAfterReturnOn(LocalDate.parse("2017-10-03"))).isEqualTo("2017-10-10");
    }

    @Test
    void theNumberOfWorkingDaysIsConfiguration() {
        assertThat(new CorrectionDeadline(calendar, 5).dueAfterReturnOn(LocalDate.parse("2017-11-21")))
                .isEqualTo("2017-11-28");
        assertThat(new CorrectionDeadline(calendar, 1).dueAfterReturnOn(LocalDate.parse("2017-11-24")))
                .isEqualTo("2017-11-27");
        assertThatThrownBy(() -> new CorrectionDeadline(calendar, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNamedDayMayNotLieBeforeTheReturn() {
        LocalDate returnedOn = LocalDate.parse("2017-11-21");
        assertThat(CorrectionDeadline.accepts(LocalDate.parse("2017-11-20"), returnedOn)).isFalse();
        assertThat(CorrectionDeadline.accepts(returnedOn, returnedOn)).isTrue();
        assertThat(CorrectionDeadline.accepts(LocalDate.parse("2017-12-01"), returnedOn)).isTrue();
    }
}
