package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.LeaderLine;
import duban.events.task.ReportingCadence;
import duban.events.task.ReportingFrequency;
import duban.events.task.TaskCreated;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.CreateTask;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 任务: a node of a plan's tree with its lead and co-responsible units. */
class CreatingTasksTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static CreateTask create(List<String> leads, List<String> cos) {
        TaskCreated created = created();
        return new CreateTask(TASK, PLAN, created.parentId(), created.code(), created.title(), created.text(), leads,
                cos, created.timelineText());
    }

    @Test
    void aLeafIsCreatedWithSeveralLeadUnitsAndCoUnits() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(LEAD, SECOND_LEAD), List.of(CO)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void anAreaMayHaveNoUnits() {
        fixture.givenNoPriorActivity()
                .when(new CreateTask("task-2", PLAN, null, "二", "加快推进创新主体培育", null, null, null, null))
                .expectEvents(new TaskCreated("task-2", PLAN, null, "二", "加快推进创新主体培育", null, List.of(),
                        List.of(), null));
    }

    private static final ReportingCadence SEMI_MONTHLY = new ReportingCadence(ReportingFrequency.SEMI_MONTHLY,
            LocalDate.parse("2017-10-01"), List.of(), "从10月份开始每半月报送工作进展情况");
    private static final List<LeaderLine> LEADERS = List.of(new LeaderLine("分管领导", "王副市长"),
            new LeaderLine("牵头负责领导", "市科技局局长"));

    private static CreateTask createStating(ReportingCadence cadence, List<LeaderLine> leaders) {
        TaskCreated created = created();
        return new CreateTask(TASK, PLAN, created.parentId(), created.code(), created.title(), created.text(),
                created.leadUnitIds(), created.coUnitIds(), created.timelineText(), cadence, leaders);
    }

    private static TaskCreated createdStating(ReportingCadence cadence, List<LeaderLine> leaders) {
        TaskCreated created = created();
        return new TaskCreated(TASK, PLAN, created.parentId(), created.code(), created.title(), created.text(),
                created.leadUnitIds(), created.coUnitIds(), created.timelineText(), cadence, leaders);
    }

    @Test
    void theReportingCadenceAndTheLeaderLinesOfTheNoticeAreKeptAsData() {
        fixture.givenNoPriorActivity()
                .when(createStating(SEMI_MONTHLY, LEADERS))
                .expectEvents(createdStating(SEMI_MONTHLY, LEADERS));
    }

    @Test
    void aCadenceOnNamedDaysKeepsTheDays() {
        ReportingCadence monthly = new ReportingCadence(ReportingFrequency.MONTHLY, null, List.of(5, 20),
                "每月5日、20日报送工作进展情况");
        fixture.givenNoPriorActivity()
                .when(createStating(monthly, List.of()))
                .expectEvents(createdStating(monthly, List.of()));
    }

    @Test
    void aCadenceOrLeadersNotStatedStayNotStated() {
        fixture.givenNoPriorActivity()
                .when(createStating(null, null))
                .expectEvents(createdStating(null, null));
    }

    @Test
    void aCadenceNamesItsFrequencyAndItsClause() {
        fixture.givenNoPriorActivity()
                .when(createStating(new ReportingCadence(null, null, List.of(), "每半月报送"), null))
                .expectException(Refused.with(Violation.MISSING_FIELD))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(createStating(new ReportingCadence(ReportingFrequency.MONTHLY, null, List.of(), " "), null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aCadenceReportsOnDistinctDaysOfAMonth() {
        fixture.givenNoPriorActivity()
                .when(createStating(new ReportingCadence(ReportingFrequency.MONTHLY, null, List.of(5, 32), "每月"), null))
                .expectException(Refused.with(Violation.INVALID_REPORTING_DAYS));
        fixture.givenNoPriorActivity()
                .when(createStating(new ReportingCadence(ReportingFrequency.MONTHLY, null, List.of(5, 5), "每月"), null))
                .expectException(Refused.with(Violation.INVALID_REPORTING_DAYS));
    }

    @Test
    void aLeaderLineHasItsRoleAndItsText() {
        fixture.givenNoPriorActivity()
                .when(createStating(null, List.of(new LeaderLine(" ", "王副市长"))))
                .expectException(Refused.with(Violation.MISSING_FIELD))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(createStating(null, List.of(new LeaderLine("分管领导", null))))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void coUnitsNeedALeadUnit() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(), List.of(CO)))
                .expectException(Refused.with(Violation.LEAD_UNIT_REQUIRED));
    }

    @Test
    void aUnitIsNotBothLeadAndCo() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(LEAD), List.of(LEAD)))
                .expectException(Refused.with(Violation.UNIT_LISTED_TWICE));
    }

    @Test
    void aUnitIsListedOnce() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(LEAD, LEAD), List.of()))
                .expectException(Refused.with(Violation.UNIT_LISTED_TWICE));
    }

    @Test
    void aTaskHasIdPlanCodeAndTitle() {
        fixture.givenNoPriorActivity()
                .when(new CreateTask(TASK, PLAN, null, "一", " ", null, null, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        fixture.givenNoPriorActivity()
                .when(new CreateTask(TASK, null, null, "一", "title", null, null, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        fixture.givenNoPriorActivity()
                .when(new CreateTask(TASK, PLAN, null, null, "title", null, null, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aTaskIsNotItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateTask(TASK, PLAN, TASK, "一", "title", null, null, null, null))
                .expectException(Refused.with(Violation.INVALID_PARENT));
    }
}
