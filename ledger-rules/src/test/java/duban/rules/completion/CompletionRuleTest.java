package duban.rules.completion;

import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 按期完成, 超期办结, overdue and not yet due against the final due date; the rate and the mean working days. */
class CompletionRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final CompletionRule RULE = new CompletionRule(WorkingDayCalendar.bundled(), SHANGHAI);
    private static final Instant CUT_OFF = shanghai("2017-12-01T00:00");
    private static final Instant ASSIGNED = shanghai("2017-10-31T10:00");

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    private static MilestoneDue due(String firstDueOn, DueDateMove... moves) {
        return new MilestoneDue(day(firstDueOn), List.of(moves));
    }

    private static DueDateMove move(String recordedAt, String to) {
        return new DueDateMove(shanghai(recordedAt), day(to));
    }

    private static LocalDate finalDue(MilestoneDue... milestones) {
        return FinalDueDate.of(List.of(milestones), SHANGHAI).orElseThrow();
    }

    @Test
    void theFinalDueDateIsTheLatestMilestone() {
        assertThat(finalDue(due("2017-11-30"), due("2017-11-15"))).isEqualTo(day("2017-11-30"));
        assertThat(FinalDueDate.of(List.of(), SHANGHAI)).isEmpty();
    }

    @Test
    void completedByTheFinalDueDateIsOnTime() {
        TaskCompletion task = new TaskCompletion(day("2017-11-20"), ASSIGNED, shanghai("2017-11-20T23:59"));

        assertThat(RULE.state(task, CUT_OFF)).isEqualTo(CompletionState.ON_TIME);
    }

    @Test
    void anExtensionGrantedBeforeTheDeadlineMakesALaterCompletionOnTime() {
        LocalDate finalDue = finalDue(due("2017-11-20", move("2017-11-20T18:00", "2017-11-28")));
        TaskCompletion task = new TaskCompletion(finalDue, ASSIGNED, shanghai("2017-11-27T10:00"));

        assertThat(finalDue).isEqualTo(day("2017-11-28"));
        assertThat(RULE.state(task, CUT_OFF)).isEqualTo(CompletionState.ON_TIME);
    }

    @Test
    void anExtensionGrantedAfterTheDeadlineDoesNotHelp() {
        LocalDate finalDue = finalDue(due("2017-11-20", move("2017-11-21T09:00", "2017-11-28"),
                move("2017-11-22T09:00", "2017-11-29")));
        TaskCompletion task = new TaskCompletion(finalDue, ASSIGNED, shanghai("2017-11-27T10:00"));

        assertThat(finalDue).isEqualTo(day("2017-11-20"));
        assertThat(RULE.state(task, CUT_OFF)).isEqualTo(CompletionState.LATE);
    }

    @Test
    void movesInTimeChainFromTheDateTheyMoved() {
        // The second grant comes after the first 11-20 but before the 11-28 it had been moved to: it counts.
        assertThat(finalDue(due("2017-11-20", move("2017-11-19T09:00", "2017-11-28"),
                move("2017-11-25T09:00", "2017-12-05")))).isEqualTo(day("2017-12-05"));
    }

    @Test
    void completedAfterTheFinalDueDateIsLate() {
        TaskCompletion task = new TaskCompletion(day("2017-11-20"), ASSIGNED, shanghai("2017-11-21T00:00:01"));

        assertThat(RULE.state(task, CUT_OFF)).isEqualTo(CompletionState.LATE);
    }

    @Test
    void dueAndOpenIsOverdueAndAheadIsNotDue() {
        assertThat(RULE.state(new TaskCompletion(day("2017-11-30"), ASSIGNED, null), CUT_OFF))
                .as("its day ends with the cut-off").isEqualTo(CompletionState.OVERDUE);
        assertThat(RULE.state(new TaskCompletion(day("2017-12-01"), ASSIGNED, null), CUT_OFF))
                .isEqualTo(CompletionState.NOT_DUE);
        assertThat(RULE.state(new TaskCompletion(null, ASSIGNED, null), CUT_OFF))
                .as("no milestone, no deadline").isEqualTo(CompletionState.NOT_DUE);
    }

    @Test
    void anApprovalRecordedAfterTheCutOffIsNotCompletionYet() {
        TaskCompletion task = new TaskCompletion(day("2017-11-15"), ASSIGNED, shanghai("2017-12-03T10:00"));

        assertThat(RULE.state(task, CUT_OFF)).isEqualTo(CompletionState.OVERDUE);
    }

    @Test
    void aCompletedTaskWithoutMilestonesIsOnTime() {
        assertThat(RULE.state(new TaskCompletion(null, ASSIGNED, shanghai("2017-11-03T10:00")), CUT_OFF))
                .isEqualTo(CompletionState.ON_TIME);
    }

    @Test
    void theRateOfNoTaskDueIsNoneNotADivisionByZero() {
        CompletionFigures figures = new CompletionFigures.Tally().add(CompletionState.NOT_DUE, 0).figures();

        assertThat(figures.due()).isZero();
        assertThat(figures.notDue()).isEqualTo(1);
        assertThat(figures.onTimeRate()).isNull();
        assertThat(figures.averageWorkingDays()).isNull();
    }

    @Test
    void theRateIsOnTimeOverDueWithFourDecimalsHalfUp() {
        CompletionFigures figures = new CompletionFigures.Tally().add(CompletionState.ON_TIME, 3)
                .add(CompletionState.ON_TIME, 4).add(CompletionState.LATE, 8).add(CompletionState.OVERDUE, 0)
                .add(CompletionState.OVERDUE, 0).add(CompletionState.OVERDUE, 0).add(CompletionState.NOT_DUE, 0)
                .figures();

        // 2 ÷ 6 = 0.33333… → 0.3333; the mean over the three completed: 15 ÷ 3 = 5.0
        assertThat(figures.onTimeRate()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(figures.onTime()).isEqualTo(2);
        assertThat(figures.late()).isEqualTo(1);
        assertThat(figures.overdue()).isEqualTo(3);
        assertThat(figures.averageWorkingDays()).isEqualTo(new BigDecimal("5.0"));
        assertThat(new CompletionFigures.Tally().add(CompletionState.ON_TIME, 0).add(CompletionState.ON_TIME, 0)
                .add(CompletionState.LATE, 0).figures().onTimeRate()).as("2 ÷ 3 rounds half up")
                .isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void theAverageCountsWorkingDaysAcrossAHoliday() {
        // Friday 09-29 to Monday 10-09: Saturday 09-30 is worked (国庆节调休), 10-01..10-08 are 国庆节、中秋节: 2 days.
        int acrossTheHoliday = RULE.workingDays(shanghai("2017-09-29T16:00"), shanghai("2017-10-09T09:00"));
        // Monday 09-25 to Friday 09-29: 4; Wednesday 11-01 to Thursday 11-02: 1; approved the same day: 0.
        int aWeek = RULE.workingDays(shanghai("2017-09-25T09:00"), shanghai("2017-09-29T09:00"));
        int aDay = RULE.workingDays(shanghai("2017-11-01T09:00"), shanghai("2017-11-02T09:00"));

        assertThat(acrossTheHoliday).isEqualTo(2);
        assertThat(aWeek).isEqualTo(4);
        assertThat(aDay).isEqualTo(1);
        assertThat(RULE.workingDays(shanghai("2017-11-01T09:00"), shanghai("2017-11-01T17:00"))).isZero();
        CompletionFigures figures = new CompletionFigures.Tally().add(CompletionState.ON_TIME, acrossTheHoliday)
                .add(CompletionState.LATE, aWeek).add(CompletionState.ON_TIME, aDay).figures();
        // (2 + 4 + 1) ÷ 3 = 2.333… → 2.3
        assertThat(figures.averageWorkingDays()).isEqualTo(new BigDecimal("2.3"));
    }
}
