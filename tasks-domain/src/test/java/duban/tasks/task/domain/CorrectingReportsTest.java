package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.CompletionApproved;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.TargetCount;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.CorrectProgressReport;
import duban.tasks.task.command.ReportProgress;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report is never edited: a correction supersedes the report in force, keeps its period and says why. */
class CorrectingReportsTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static CorrectProgressReport correct(String reportId, String supersedes, String unitId) {
        return new CorrectProgressReport(TASK, null, reportId, supersedes, unitId, "更正:已认定2家",
                List.of(new TargetCount(TARGET, new BigDecimal("2"))), List.of(), null, "误将申报数填为认定数");
    }

    private static ProgressReportCorrected corrected(String reportId, String supersedes, String unitId) {
        return new ProgressReportCorrected(TASK, reportId, supersedes, unitId, OPEN_PERIOD, "更正:已认定2家",
                List.of(new TargetCount(TARGET, new BigDecimal("2"))), List.of(), List.of(), "误将申报数填为认定数");
    }

    @Test
    void theFilingUnitSupersedesItsReportForTheSamePeriod() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(correct("report-2", "report-1", HOLDER))
                .expectEvents(corrected("report-2", "report-1", HOLDER));
    }

    @Test
    void aCorrectionIsCorrectedInTurn() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), corrected("report-2", "report-1", HOLDER))
                .when(correct("report-3", "report-2", HOLDER))
                .expectEvents(corrected("report-3", "report-2", HOLDER));
    }

    @Test
    void aSupersededReportIsNotCorrectedAgain() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), corrected("report-2", "report-1", HOLDER))
                .when(correct("report-3", "report-1", HOLDER))
                .expectException(Refused.with(Violation.REPORT_SUPERSEDED));
    }

    @Test
    void aCorrectionDoesNotOpenThePeriodForAnotherReport() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), corrected("report-2", "report-1", HOLDER))
                .when(new ReportProgress(TASK, null, "report-3", HOLDER, OPEN_PERIOD, "推进中", null, null, null))
                .expectException(Refused.with(Violation.PERIOD_ALREADY_REPORTED));
    }

    @Test
    void onlyTheFilingUnitCorrectsItsReport() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(correct("report-2", "report-1", LEAD))
                .expectException(Refused.with(Violation.NOT_REPORT_OWNER));
    }

    @Test
    void aCorrectionSupersedesAReportOfTheTask() {
        givenTask(fixture, targetSet())
                .when(correct("report-2", "report-1", HOLDER))
                .expectException(Refused.with(Violation.UNKNOWN_REPORT));
    }

    @Test
    void aCorrectionSaysWhy() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(new CorrectProgressReport(TASK, null, "report-2", "report-1", HOLDER, "更正", null, null, null, " "))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aCorrectionHasItsOwnId() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(correct("report-1", "report-1", HOLDER))
                .expectException(Refused.with(Violation.DUPLICATE_ID));
    }

    @Test
    void aCorrectionCountsOnlyTargetsOfTheTask() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER))
                .when(new CorrectProgressReport(TASK, null, "report-2", "report-1", HOLDER, "更正",
                        List.of(new TargetCount("target-unknown", BigDecimal.ONE)), null, null, "填错指标"))
                .expectException(Refused.with(Violation.UNKNOWN_TARGET));
    }

    @Test
    void aClosedTaskTakesNoCorrections() {
        givenTask(fixture, targetSet(), reported("report-1", HOLDER), new CompletionApproved(TASK, List.of(), null))
                .when(correct("report-2", "report-1", HOLDER))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
