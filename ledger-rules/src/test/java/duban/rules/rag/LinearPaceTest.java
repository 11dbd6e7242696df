package duban.rules.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LinearPaceTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theScheduleRunsEvenlyFromStartToDue() {
        LocalDate start = date("2017-11-01");
        LocalDate due = date("2017-12-31");

        assertThat(LinearPace.expected(start, due, date("2017-10-30"))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(LinearPace.expected(start, due, start)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(LinearPace.expected(start, due, date("2017-12-01"))).isEqualByComparingTo("0.5000");
        assertThat(LinearPace.expected(start, due, due)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(LinearPace.expected(start, due, date("2018-02-01"))).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aTargetDueOnItsFirstDayIsExpectedWholeFromThatDay() {
        LocalDate day = date("2017-11-01");

        assertThat(LinearPace.expected(day, day, date("2017-10-31"))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(LinearPace.expected(day, day, day)).isEqualByComparingTo(BigDecimal.ONE);
    }
}
