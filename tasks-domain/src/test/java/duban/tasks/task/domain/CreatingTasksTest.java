package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.TaskCreated;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
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
