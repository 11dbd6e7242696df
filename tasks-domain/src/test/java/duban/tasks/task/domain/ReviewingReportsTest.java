package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.HOLDER;
import static duban.tasks.task.domain.Ledger.LEAD;
import static duban.tasks.task.domain.Ledger.OPEN_PERIOD;
import static duban.tasks.task.domain.Ledger.TASK;
import static duban.tasks.task.domain.Ledger.TODAY;
import static duban.tasks.task.domain.Ledger.givenTask;
import static duban.tasks.task.domain.Ledger.reported;
import static duban.tasks.task.domain.Ledger.supervisor;
import static duban.tasks.task.domain.Ledger.targetSet;

import duban.events.task.ProgressReportCorrected;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.events.task.TaskCancelled;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.AcceptReport;
import duban.tasks.task.command.ReturnReport;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 审核确认 / 退回 on a plan that reviews its reports: the report in force for a unit and period is accepted or returned
 * once; a returned one is answered by a correction, which is reviewed in turn. Today is Saturday 2017-11-18, so a
 * return without a day is due on Tuesday 2017-11-21 (2 working days).
 */
class ReviewingReportsTest {

    private static final LocalDate DEFAULT_CORRECT_BY = LocalDate.parse("2017-11-21");
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture(new ReviewDouble(TODAY).requireReview());
    }

    private static AcceptReport accept(String reportId) {
        return new AcceptReport(TASK, null, reportId, "内容翔实");
    }

    private static ReturnReport returnIt(String reportId, LocalDate correctBy) {
        return new ReturnReport(TASK, null, reportId, "未见佐证材料", correctBy);
    }

    private static ProgressReportCorrected corrected(String reportId, String supersedes) {
        return new ProgressReportCorrected(TASK, reportId, supersedes, HOLDER, OPEN_PERIOD, "补充认定证书", List.of(),
                List.of(), List.of(), "按退回意见补充");
    }

    @Test
    void withoutReviewThereIsNothingToAcceptOrReturn() {
        AggregateTestFixture<Task> unreviewed = Ledger.fixture();
        givenTask(unreviewed, targetSet(), reported("report-1", HOLDER))
                .when(accept("report-1"), supervisor())
                .expectException(Refused.with(Violation.REVIEW_OFF))
                .expectNoEvents();
        givenTask(unreviewed, targetSet(), reported("report-1", HOLDER))
                .when(returnIt("report-1", null), supervisor())
                .expectException(Refused.with(Violation.REVIEW_OFF));
    }

    @Test
    void aSupervisorAcceptsAReport() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(accept("report-1"), supervisor())
                .expectEvents(new ReportAccepted(TASK, "report-1", "内容翔实"));
    }

    @Test
    void aSupervisorReturnsAReportWithAReasonDueInTwoWorkingDays() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(returnIt("report-1", null), supervisor())
                .expectEvents(new ReportReturned(TASK, "report-1", "未见佐证材料", DEFAULT_CORRECT_BY));
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(new ReturnReport(TASK, null, "report-1", " ", null), supervisor())
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aReturnMayNameItsOwnDayButNotOneBeforeToday() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(returnIt("report-1", LocalDate.parse("2017-11-30")), supervisor())
                .expectEvents(new ReportReturned(TASK, "report-1", "未见佐证材料", LocalDate.parse("2017-11-30")));
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(returnIt("report-1", TODAY), supervisor())
                .expectEvents(new ReportReturned(TASK, "report-1", "未见佐证材料", TODAY));
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(returnIt("report-1", TODAY.minusDays(1)), supervisor())
                .expectException(Refused.with(Violation.CORRECT_BY_BEFORE_RETURN))
                .expectNoEvents();
    }

    @Test
    void onlyTheReportInForceIsReviewed() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), corrected("report-2", "report-1"))
                .when(accept("report-1"), supervisor())
                .expectException(Refused.with(Violation.REPORT_SUPERSEDED));
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), corrected("report-2", "report-1"))
                .when(returnIt("report-1", null), supervisor())
                .expectException(Refused.with(Violation.REPORT_SUPERSEDED));
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(accept("report-9"), supervisor())
                .expectException(Refused.with(Violation.UNKNOWN_REPORT));
    }

    @Test
    void anAcceptedReportIsNotReviewedTwice() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), new ReportAccepted(TASK, "report-1", null))
                .when(accept("report-1"), supervisor())
                .expectException(Refused.with(Violation.ALREADY_REVIEWED))
                .expectNoEvents();
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), new ReportAccepted(TASK, "report-1", null))
                .when(returnIt("report-1", null), supervisor())
                .expectException(Refused.with(Violation.ALREADY_REVIEWED));
    }

    @Test
    void aReturnedReportIsAnsweredByACorrectionNotByAnotherDecision() {
        ReportReturned returned = new ReportReturned(TASK, "report-1", "未见佐证材料", DEFAULT_CORRECT_BY);
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), returned)
                .when(accept("report-1"), supervisor())
                .expectException(Refused.with(Violation.ALREADY_REVIEWED));
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), returned)
                .when(returnIt("report-1", null), supervisor())
                .expectException(Refused.with(Violation.ALREADY_REVIEWED));
    }

    @Test
    void theCorrectionOfAReturnedReportGoesBackToReview() {
        ReportReturned returned = new ReportReturned(TASK, "report-1", "未见佐证材料", DEFAULT_CORRECT_BY);
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), returned, corrected("report-2", "report-1"))
                .when(accept("report-2"), supervisor())
                .expectEvents(new ReportAccepted(TASK, "report-2", "内容翔实"));
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), returned, corrected("report-2", "report-1"))
                .when(new ReturnReport(TASK, null, "report-2", "仍缺证书", null), supervisor())
                .expectEvents(new ReportReturned(TASK, "report-2", "仍缺证书", DEFAULT_CORRECT_BY));
    }

    @Test
    void aClosedTaskIsNotReviewed() {
        givenTask(fixture, reported("report-1", LEAD), new TaskCancelled(TASK, "撤销"))
                .when(accept("report-1"), supervisor())
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
