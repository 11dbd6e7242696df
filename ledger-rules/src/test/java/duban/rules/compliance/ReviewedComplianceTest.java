package duban.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import duban.rules.period.PlanReportingRule;
import duban.rules.period.ReportingPeriod;
import duban.rules.period.ReportingSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A period of a plan that reviews its reports (审核确认 / 退回): what the office accepted decides, a return not
 * corrected in time is missing, a report awaiting review counts provisionally. The period of 2017-11-20 is due at the
 * end of Monday 11-20 (Asia/Shanghai).
 */
class ReviewedComplianceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ReportingSchedule SCHEDULE = PlanReportingRule.defaults().schedule(WorkingDayCalendar.bundled());
    private static final ReportingPeriod PERIOD = SCHEDULE.periodNamed(LocalDate.parse("2017-11-20")).orElseThrow();

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static PeriodJudgement reviewed(Instant asOf, Submission... submissions) {
        return Compliance.judge(PERIOD, true, List.of(submissions), SHANGHAI, asOf);
    }

    private static Submission filed(String id, String at, Review review) {
        return new Submission(id, shanghai(at), review);
    }

    @Test
    void withReviewOffDecisionsAreNotLookedAtAndTheFirstFilingCounts() {
        Submission returned = filed("r1", "2017-11-18T10:00",
                Review.returned(shanghai("2017-11-19T10:00"), "内容空泛", LocalDate.parse("2017-11-21")));
        Submission correction = filed("r2", "2017-11-25T10:00", null);

        PeriodJudgement judged = Compliance.judge(PERIOD, false, List.of(returned, correction), SHANGHAI,
                shanghai("2017-12-01T00:00"));

        assertThat(judged.state()).isEqualTo(ComplianceState.ON_TIME);
        assertThat(judged.review()).isNull();
        assertThat(judged.filedAt()).isEqualTo(shanghai("2017-11-18T10:00"));
        assertThat(judged.state()).as("the same as the rule without review")
                .isEqualTo(Compliance.judge(PERIOD, shanghai("2017-11-18T10:00"), shanghai("2017-12-01T00:00")));
        assertThat(Compliance.judge(PERIOD, false, List.of(), SHANGHAI, shanghai("2017-11-21T09:00")).state())
                .isEqualTo(ComplianceState.MISSING);
    }

    @Test
    void acceptedReportFiledByTheDeadlineIsOnTime() {
        PeriodJudgement judged = reviewed(shanghai("2017-11-22T10:00"),
                filed("r1", "2017-11-20T17:00", Review.accepted(shanghai("2017-11-21T10:00"), null)));

        assertThat(judged.state()).isEqualTo(ComplianceState.ON_TIME);
        assertThat(judged.review()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(judged.reportId()).isEqualTo("r1");
    }

    @Test
    void acceptedReportFiledAfterTheDeadlineIsLate() {
        PeriodJudgement judged = reviewed(shanghai("2017-11-24T10:00"),
                filed("r1", "2017-11-21T09:00", Review.accepted(shanghai("2017-11-22T10:00"), "可以")));

        assertThat(judged.state()).isEqualTo(ComplianceState.LATE);
        assertThat(judged.review()).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void aReturnCorrectedInTimeAndAcceptedCountsByWhenTheCorrectionWasFiled() {
        Submission returned = filed("r1", "2017-11-16T10:00",
                Review.returned(shanghai("2017-11-17T10:00"), "未写明进度", LocalDate.parse("2017-11-21")));
        Submission correctedBeforeDeadline = filed("r2", "2017-11-20T15:00",
                Review.accepted(shanghai("2017-11-21T10:00"), null));
        Submission correctedAfterDeadline = filed("r2", "2017-11-21T15:00",
                Review.accepted(shanghai("2017-11-22T10:00"), null));

        assertThat(reviewed(shanghai("2017-11-30T00:00"), returned, correctedBeforeDeadline).state())
                .isEqualTo(ComplianceState.ON_TIME);
        PeriodJudgement late = reviewed(shanghai("2017-11-30T00:00"), returned, correctedAfterDeadline);
        assertThat(late.state()).as("only what the office accepted counts as filed, when it was filed")
                .isEqualTo(ComplianceState.LATE);
        assertThat(late.reportId()).isEqualTo("r2");
        assertThat(late.review()).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void aReturnNotCorrectedByItsDayIsMissingWithTheReason() {
        Submission returned = filed("r1", "2017-11-20T10:00",
                Review.returned(shanghai("2017-11-21T10:00"), "内容空泛", LocalDate.parse("2017-11-23")));

        PeriodJudgement owed = reviewed(shanghai("2017-11-22T10:00"), returned);
        assertThat(owed.state()).as("owed again until the end of its correction day").isEqualTo(ComplianceState.OPEN);
        assertThat(owed.review()).isEqualTo(ReviewState.RETURNED);
        assertThat(owed.correctBy()).isEqualTo(LocalDate.parse("2017-11-23"));
        assertThat(reviewed(shanghai("2017-11-24T00:00"), returned).state()).as("24:00 is still the day")
                .isEqualTo(ComplianceState.OPEN);

        PeriodJudgement missing = reviewed(shanghai("2017-11-24T00:00:01"), returned);
        assertThat(missing.state()).isEqualTo(ComplianceState.MISSING);
        assertThat(missing.missingAfterReturn()).isTrue();
        assertThat(missing.reason()).isEqualTo("内容空泛");
        assertThat(missing.reportId()).isEqualTo("r1");
    }

    @Test
    void aReturnBeforeTheDeadlineLeavesThePeriodOwedUntilTheDeadline() {
        Submission returned = filed("r1", "2017-11-10T10:00",
                Review.returned(shanghai("2017-11-10T11:00"), "内容空泛", LocalDate.parse("2017-11-14")));

        assertThat(reviewed(shanghai("2017-11-16T10:00"), returned).state()).isEqualTo(ComplianceState.OPEN);
        assertThat(reviewed(shanghai("2017-11-21T00:00:01"), returned).state()).isEqualTo(ComplianceState.MISSING);
    }

    @Test
    void aCorrectionFiledAfterItsDayEndsTheMissingAsPendingAndLate() {
        Submission returned = filed("r1", "2017-11-20T10:00",
                Review.returned(shanghai("2017-11-21T10:00"), "内容空泛", LocalDate.parse("2017-11-23")));
        Submission lateCorrection = filed("r2", "2017-11-27T10:00", null);

        assertThat(reviewed(shanghai("2017-11-25T10:00"), returned, lateCorrection).state())
                .as("the correction did not exist yet").isEqualTo(ComplianceState.MISSING);
        PeriodJudgement pending = reviewed(shanghai("2017-11-28T10:00"), returned, lateCorrection);
        assertThat(pending.state()).isEqualTo(ComplianceState.LATE);
        assertThat(pending.review()).isEqualTo(ReviewState.PENDING);
    }

    @Test
    void aReportAwaitingReviewCountsAsFiledProvisionally() {
        Submission pending = filed("r1", "2017-11-19T10:00", null);

        PeriodJudgement judged = reviewed(shanghai("2017-11-25T10:00"), pending);
        assertThat(judged.state()).isEqualTo(ComplianceState.ON_TIME);
        assertThat(judged.review()).isEqualTo(ReviewState.PENDING);
        assertThat(reviewed(shanghai("2017-11-22T10:00"), filed("r1", "2017-11-21T10:00", null)).state())
                .isEqualTo(ComplianceState.LATE);
    }

    @Test
    void aDecisionRecordedAfterTheInstantJudgedDidNotExistThen() {
        Submission returnedLater = filed("r1", "2017-11-19T10:00",
                Review.returned(shanghai("2017-11-22T10:00"), "内容空泛", LocalDate.parse("2017-11-24")));

        assertThat(reviewed(shanghai("2017-11-21T10:00"), returnedLater).review()).isEqualTo(ReviewState.PENDING);
        assertThat(reviewed(shanghai("2017-11-23T10:00"), returnedLater).review()).isEqualTo(ReviewState.RETURNED);
    }

    @Test
    void aLaterCorrectionOfAnAcceptedReportDoesNotUnsettleThePeriod() {
        Submission accepted = filed("r1", "2017-11-19T10:00", Review.accepted(shanghai("2017-11-20T10:00"), null));
        Submission correction = filed("r2", "2017-11-28T10:00", null);

        PeriodJudgement judged = reviewed(shanghai("2017-11-29T10:00"), accepted, correction);
        assertThat(judged.state()).isEqualTo(ComplianceState.ON_TIME);
        assertThat(judged.reportId()).isEqualTo("r1");
    }

    @Test
    void theSettingInForceAtTheDeadlineDecidesAndOffIsTheDefault() {
        List<ReviewSetting> none = List.of();
        List<ReviewSetting> onBefore = List.of(new ReviewSetting(shanghai("2017-11-01T10:00"), true));
        List<ReviewSetting> onAfter = List.of(new ReviewSetting(shanghai("2017-11-22T10:00"), true));
        List<ReviewSetting> onThenOff = List.of(new ReviewSetting(shanghai("2017-11-01T10:00"), true),
                new ReviewSetting(shanghai("2017-11-25T10:00"), false));

        Instant later = shanghai("2017-12-01T00:00");
        assertThat(ReviewSetting.requiredFor(none, PERIOD, later)).isFalse();
        assertThat(ReviewSetting.requiredFor(onBefore, PERIOD, later)).isTrue();
        assertThat(ReviewSetting.requiredFor(onAfter, PERIOD, later)).as("never reaches back past a deadline")
                .isFalse();
        assertThat(ReviewSetting.requiredFor(onThenOff, PERIOD, later)).isTrue();
        assertThat(ReviewSetting.requiredFor(onBefore, PERIOD, shanghai("2017-10-30T00:00")))
                .as("not recorded yet").isFalse();
    }
}
