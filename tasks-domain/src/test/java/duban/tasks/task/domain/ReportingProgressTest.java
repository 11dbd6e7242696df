package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.Attachment;
import duban.events.task.CompletionApproved;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskSuspended;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.ReportProgress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 进展情况: who may report, for which period, with what content, and when a task takes no reports. */
class ReportingProgressTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static ReportProgress report(String reportId, String unitId, LocalDate period) {
        return new ReportProgress(TASK, null, reportId, unitId, period, "已完成申报辅导",
                List.of(new TargetCount(TARGET, new BigDecimal("3"))), List.of(), List.of(attachment()));
    }

    @Test
    void aLeadUnitReportsForTheOpenPeriod() {
        givenTask(fixture, targetSet())
                .when(report("report-1", LEAD, OPEN_PERIOD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reported("report-1", LEAD));
    }

    @Test
    void aCommandAnswersTheVersionItLeftTheTaskAt() {
        // Created (version 0), target set (1), one report before (2): this report makes version 3.
        givenTask(fixture, targetSet(), reported("report-1", LEAD))
                .when(report("report-2", SECOND_LEAD, OPEN_PERIOD))
                .expectEvents(reported("report-2", SECOND_LEAD))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aUnitHoldingAShareInItsOwnNameMayReport() {
        givenTask(fixture, targetSet())
                .when(report("report-1", HOLDER, OPEN_PERIOD))
                .expectEvents(reported("report-1", HOLDER));
    }

    @Test
    void aMemberOfAGroupHoldingAShareMayReport() {
        givenTask(fixture, targetSet())
                .when(report("report-1", MEMBER, OPEN_PERIOD))
                .expectEvents(reported("report-1", MEMBER));
    }

    @Test
    void aReportWithoutPeriodIsForThePeriodOpenToday() {
        givenTask(fixture, targetSet())
                .when(report("report-1", LEAD, null))
                .expectEvents(reported("report-1", LEAD));
    }

    @Test
    void aLateReportForAPastPeriodOfTheTaskIsAccepted() {
        // Today 2017-12-10: the open period ends 2017-12-20, so 2017-11-20 is past.
        fixture = Ledger.fixture(new CalendarDouble(LocalDate.parse("2017-12-10")));
        givenTask(fixture, targetSet())
                .when(report("report-1", LEAD, OPEN_PERIOD))
                .expectEvents(reported("report-1", LEAD));
    }

    @Test
    void thePeriodOpenTodayFollowsTheCalendar() {
        CalendarDouble calendar = new CalendarDouble(TODAY);
        fixture = Ledger.fixture(calendar);
        LocalDate nextPeriod = LocalDate.parse("2017-12-05");
        givenTask(fixture)
                .when(report("report-1", LEAD, nextPeriod))
                .expectException(Refused.with(Violation.PERIOD_NOT_OPEN));
        calendar.setToday(LocalDate.parse("2017-11-21"));
        givenTask(fixture)
                .when(new ReportProgress(TASK, null, "report-1", LEAD, null, "推进中", null, null, null))
                .expectEvents(new ProgressReported(TASK, "report-1", LEAD, nextPeriod, "推进中", List.of(), List.of(),
                        List.of()));
    }

    @Test
    void absentListsAreRecordedAsEmpty() {
        givenTask(fixture)
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, "推进中", null, null, null))
                .expectEvents(new ProgressReported(TASK, "report-1", LEAD, OPEN_PERIOD, "推进中", List.of(), List.of(),
                        List.of()));
    }

    @Test
    void aCoResponsibleUnitWithoutShareOwesNoReportButMayFileOne() {
        givenTask(fixture, targetSet())
                .when(report("report-1", CO, OPEN_PERIOD))
                .expectEvents(new ProgressReported(TASK, "report-1", CO, OPEN_PERIOD, "已完成申报辅导",
                        List.of(new TargetCount(TARGET, new BigDecimal("3"))), List.of(), List.of(attachment())));
    }

    @Test
    void aUnitOutsideTheTaskIsNotResponsible() {
        givenTask(fixture, targetSet())
                .when(report("report-1", OUTSIDER, OPEN_PERIOD))
                .expectException(Refused.with(Violation.NOT_RESPONSIBLE_UNIT));
    }

    @Test
    void aCancelledTaskTakesNoReports() {
        givenTask(fixture, targetSet(), new TaskCancelled(TASK, "并入其他任务"))
                .when(report("report-1", LEAD, OPEN_PERIOD))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }

    @Test
    void aCompletedTaskTakesNoReports() {
        givenTask(fixture, targetSet(), new CompletionApproved(TASK, List.of(), "已办结"))
                .when(report("report-1", LEAD, OPEN_PERIOD))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }

    @Test
    void aSuspendedTaskStillTakesReports() {
        givenTask(fixture, targetSet(), new TaskSuspended(TASK, "政策调整"))
                .when(report("report-1", LEAD, OPEN_PERIOD))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aTaskCreatedTooCloseToADeadlineToOweItTakesReportsForItsFirstPeriodAtOnce() {
        // Created on 11-19, the day before the 11-20 deadline: it owes nothing for 11-20, and its first period,
        // 12-05, is open from its creation, though the calendar opens it only after 11-20.
        LocalDate first = LocalDate.parse("2017-12-05");
        fixture = Ledger.fixture(new CalendarDouble(LocalDate.parse("2017-11-19")));
        fixture.givenCurrentTime(Instant.parse("2017-11-19T02:00:00Z")).andGiven(created())
                .when(new ReportProgress(TASK, null, "report-1", LEAD, null, "已部署", null, null, null))
                .expectEvents(new ProgressReported(TASK, "report-1", LEAD, first, "已部署", List.of(), List.of(),
                        List.of()));
        fixture.givenCurrentTime(Instant.parse("2017-11-19T02:00:00Z")).andGiven(created())
                .when(report("report-1", LEAD, OPEN_PERIOD))
                .expectException(Refused.with(Violation.UNKNOWN_PERIOD));
        fixture.givenCurrentTime(Instant.parse("2017-11-19T02:00:00Z")).andGiven(created())
                .when(report("report-1", LEAD, LocalDate.parse("2017-12-20")))
                .expectException(Refused.with(Violation.PERIOD_NOT_OPEN));
    }

    @Test
    void aDayThatIsNotAReportingDayIsNoPeriod() {
        givenTask(fixture)
                .when(report("report-1", LEAD, LocalDate.parse("2017-11-19")))
                .expectException(Refused.with(Violation.UNKNOWN_PERIOD));
    }

    @Test
    void aPeriodBeforeTheTaskIsNoPeriodOfIt() {
        givenTask(fixture)
                .when(report("report-1", LEAD, LocalDate.parse("2017-11-05")))
                .expectException(Refused.with(Violation.UNKNOWN_PERIOD));
    }

    @Test
    void aReportCannotRunAheadOfTheCalendar() {
        givenTask(fixture)
                .when(report("report-1", LEAD, LocalDate.parse("2017-12-05")))
                .expectException(Refused.with(Violation.PERIOD_NOT_OPEN));
    }

    @Test
    void aSecondReportForTheSamePeriodMustBeACorrection() {
        givenTask(fixture, targetSet(), reported("report-1", LEAD))
                .when(report("report-2", LEAD, OPEN_PERIOD))
                .expectException(Refused.with(Violation.PERIOD_ALREADY_REPORTED));
    }

    @Test
    void anotherUnitMayReportForTheSamePeriod() {
        givenTask(fixture, targetSet(), reported("report-1", LEAD))
                .when(report("report-2", SECOND_LEAD, OPEN_PERIOD))
                .expectEvents(reported("report-2", SECOND_LEAD));
    }

    @Test
    void aReportIdIsUsedOnce() {
        givenTask(fixture, targetSet(), reported("report-1", LEAD))
                .when(report("report-1", SECOND_LEAD, OPEN_PERIOD))
                .expectException(Refused.with(Violation.DUPLICATE_ID));
    }

    @Test
    void aCountNamesATargetOfTheTask() {
        givenTask(fixture)
                .when(report("report-1", LEAD, OPEN_PERIOD))
                .expectException(Refused.with(Violation.UNKNOWN_TARGET));
    }

    @Test
    void aTargetIsCountedOnceAndNeverBelowZero() {
        givenTask(fixture, targetSet())
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, "推进中",
                        List.of(new TargetCount(TARGET, BigDecimal.ONE), new TargetCount(TARGET, BigDecimal.TEN)),
                        List.of(), List.of()))
                .expectException(Refused.with(Violation.INVALID_COUNT));
        givenTask(fixture, targetSet())
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, "推进中",
                        List.of(new TargetCount(TARGET, new BigDecimal("-1"))), List.of(), List.of()))
                .expectException(Refused.with(Violation.INVALID_COUNT));
    }

    @Test
    void aClaimedMilestoneIsAMilestoneOfTheTask() {
        givenTask(fixture, milestoneScheduled())
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, "推进中", List.of(),
                        List.of("milestone-unknown"), List.of()))
                .expectException(Refused.with(Violation.UNKNOWN_MILESTONE));
    }

    @Test
    void aClaimedMilestoneIsRecorded() {
        givenTask(fixture, milestoneScheduled())
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, "已完成认定", List.of(),
                        List.of(MILESTONE), List.of()))
                .expectEvents(new ProgressReported(TASK, "report-1", LEAD, OPEN_PERIOD, "已完成认定", List.of(),
                        List.of(MILESTONE), List.of()));
    }

    @Test
    void anAttachmentCarriesNameSizeAndSha256() {
        givenTask(fixture)
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, "推进中", List.of(), List.of(),
                        List.of(new Attachment("台账.xlsx", 10, "not-a-hash"))))
                .expectException(Refused.with(Violation.INVALID_ATTACHMENT));
    }

    @Test
    void aReportHasText() {
        givenTask(fixture)
                .when(new ReportProgress(TASK, null, "report-1", LEAD, OPEN_PERIOD, " ", List.of(), List.of(), List.of()))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aStaleExpectedVersionIsRefusedByAxon() {
        givenTask(fixture, targetSet())
                .when(new ReportProgress(TASK, 0L, "report-1", LEAD, OPEN_PERIOD, "推进中", List.of(), List.of(),
                        List.of()))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void theCurrentExpectedVersionPasses() {
        givenTask(fixture, targetSet())
                .when(new ReportProgress(TASK, 1L, "report-1", LEAD, OPEN_PERIOD, "推进中", List.of(), List.of(),
                        List.of()))
                .expectSuccessfulHandlerExecution();
    }
}
