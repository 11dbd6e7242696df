package duban.rules.rag;

import static org.assertj.core.api.Assertions.assertThat;

import duban.rules.compliance.ComplianceState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The colours and their reasons, and how a task moves between them. */
class RagRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final RagRule rule = new RagRule(RagThresholds.DEFAULTS);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    private static Instant endOf(String day) {
        return date(day).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    private RagVerdict judge(LocalDate today, List<MilestoneState> milestones, List<PeriodRecord> periods,
                             List<TargetPace> paces) {
        return rule.judge(milestones, periods, paces, noon(today), today);
    }

    private static MilestoneState milestone(String due, String done) {
        return new MilestoneState("m1", "完成认定", date(due), done == null ? null : date(done));
    }

    private static PeriodRecord period(String unit, String nominal, ComplianceState state) {
        return new PeriodRecord(unit, date(nominal), endOf(nominal), state);
    }

    @Test
    void nothingWrongIsGreenWithoutReasons() {
        RagVerdict verdict = judge(date("2017-11-18"), List.of(milestone("2017-12-31", null)),
                List.of(period("kjj", "2017-11-05", ComplianceState.ON_TIME)), List.of());

        assertThat(verdict.colour()).isEqualTo(Rag.GREEN);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void aMilestoneGoesYellowThreeDaysBeforeItIsDueThenRedTheDayAfterAndGreenOnceDone() {
        List<MilestoneState> open = List.of(milestone("2017-12-31", null));

        assertThat(judge(date("2017-12-27"), open, List.of(), List.of()).colour()).isEqualTo(Rag.GREEN);
        RagVerdict soon = judge(date("2017-12-28"), open, List.of(), List.of());
        assertThat(soon.colour()).isEqualTo(Rag.YELLOW);
        assertThat(soon.reasons()).extracting(RagReason::code).containsExactly(RagReason.MILESTONE_DUE_SOON);
        assertThat(judge(date("2017-12-31"), open, List.of(), List.of()).colour())
                .as("still due on its own day").isEqualTo(Rag.YELLOW);
        RagVerdict overdue = judge(date("2018-01-01"), open, List.of(), List.of());
        assertThat(overdue.colour()).isEqualTo(Rag.RED);
        assertThat(overdue.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(RagReason.MILESTONE_OVERDUE);
            assertThat(reason.subject()).isEqualTo("m1");
            assertThat(reason.detail()).contains("完成认定", "2017-12-31");
        });
        assertThat(judge(date("2018-01-01"), List.of(milestone("2017-12-31", "2018-01-01")), List.of(), List.of())
                .colour()).as("done late is no longer overdue").isEqualTo(Rag.GREEN);
    }

    @Test
    void oneMissedPeriodIsYellowTwoInARowAreRedAndAFilingEndsTheRun() {
        PeriodRecord missedNov5 = period("kjj", "2017-11-05", ComplianceState.MISSING);
        PeriodRecord missedNov20 = period("kjj", "2017-11-20", ComplianceState.MISSING);

        assertThat(judge(date("2017-11-10"), List.of(), List.of(missedNov5), List.of()).colour()).isEqualTo(Rag.YELLOW);
        RagVerdict red = judge(date("2017-11-22"), List.of(), List.of(missedNov20, missedNov5), List.of());
        assertThat(red.colour()).isEqualTo(Rag.RED);
        assertThat(red.reasons()).extracting(RagReason::code, RagReason::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RagReason.REPORTS_MISSING, "kjj"));
        assertThat(judge(date("2017-12-07"), List.of(),
                List.of(missedNov5, missedNov20, period("kjj", "2017-12-05", ComplianceState.LATE)), List.of()).colour())
                .as("the latest period was filed, if late").isEqualTo(Rag.GREEN);
    }

    @Test
    void anOpenPeriodDoesNotCountAndEachUnitRunsOnItsOwn() {
        RagVerdict verdict = judge(date("2017-11-22"), List.of(), List.of(
                period("kjj", "2017-11-20", ComplianceState.MISSING),
                period("czj", "2017-11-05", ComplianceState.MISSING),
                period("czj", "2017-11-20", ComplianceState.ON_TIME),
                period("kjj", "2017-12-05", ComplianceState.ON_TIME)), List.of());

        assertThat(verdict.colour()).isEqualTo(Rag.YELLOW);
        assertThat(verdict.reasons()).extracting(RagReason::subject).containsExactly("kjj");
    }

    @Test
    void aTargetMoreThanTwentyPointsBehindItsScheduleIsYellowButASoftShareNever() {
        TargetPace behind = new TargetPace("t1", "hongqi", new BigDecimal("0.29"), new BigDecimal("0.50"), false);
        TargetPace justWithin = new TargetPace("t1", "muye", new BigDecimal("0.30"), new BigDecimal("0.50"), false);
        TargetPace soft = new TargetPace("t2", "weihui", BigDecimal.ZERO, BigDecimal.ONE, true);

        RagVerdict verdict = judge(date("2017-11-18"), List.of(), List.of(), List.of(behind, justWithin, soft));
        assertThat(verdict.colour()).isEqualTo(Rag.YELLOW);
        assertThat(verdict.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(RagReason.TARGET_BEHIND);
            assertThat(reason.detail()).contains("29%", "50%");
        });
    }

    @Test
    void theWorstReasonDecidesAndComesFirst() {
        RagVerdict verdict = judge(date("2018-01-01"),
                List.of(milestone("2017-12-31", null), new MilestoneState("m2", null, date("2018-01-03"), null)),
                List.of(period("kjj", "2017-12-20", ComplianceState.MISSING)), List.of());

        assertThat(verdict.colour()).isEqualTo(Rag.RED);
        assertThat(verdict.reasons()).extracting(RagReason::colour).containsExactly(Rag.RED, Rag.YELLOW, Rag.YELLOW);
    }

    @Test
    void thresholdsAreConfiguration() {
        RagRule strict = new RagRule(new RagThresholds(7, new BigDecimal("10"), 1));

        assertThat(strict.judge(List.of(milestone("2017-12-31", null)), List.of(), List.of(), noon(date("2017-12-24")),
                date("2017-12-24")).colour()).isEqualTo(Rag.YELLOW);
        assertThat(strict.judge(List.of(), List.of(period("kjj", "2017-11-20", ComplianceState.MISSING)), List.of(),
                noon(date("2017-11-22")), date("2017-11-22")).colour()).isEqualTo(Rag.RED);
    }
}
