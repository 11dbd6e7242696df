package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.MilestoneScheduled;
import duban.events.task.TaskCancelled;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.RescheduleMilestone;
import duban.tasks.task.command.ScheduleMilestone;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 节点: scheduled with a date, a description, a soft flag (力争) and the units they bind; moved while not done. */
class SchedulingMilestonesTest {

    private static final LocalDate LATER = LocalDate.parse("2018-01-31");
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    @Test
    void aMilestoneBindsAllLeadUnitsWhenItNamesNone() {
        givenTask(fixture)
                .when(new ScheduleMilestone(TASK, null, MILESTONE, MILESTONE_DUE, "完成认定", false, null))
                .expectEvents(milestoneScheduled());
    }

    @Test
    void aSoftMilestoneBindsNamedUnitsOfTheTaskIncludingShareHolders() {
        givenTask(fixture, targetSet())
                .when(new ScheduleMilestone(TASK, null, SECOND_MILESTONE, LATER, "力争完成", true,
                        List.of(CO, HOLDER, MEMBER)))
                .expectEvents(new MilestoneScheduled(TASK, SECOND_MILESTONE, LATER, "力争完成", MilestoneCommitment.SOFT,
                        List.of(CO, HOLDER, MEMBER)));
    }

    @Test
    void aMilestoneBindsOnlyUnitsOfTheTask() {
        givenTask(fixture)
                .when(new ScheduleMilestone(TASK, null, MILESTONE, MILESTONE_DUE, "完成认定", false, List.of(OUTSIDER)))
                .expectException(Refused.with(Violation.UNIT_NOT_ON_TASK));
    }

    @Test
    void aMilestoneIdIsUsedOnce() {
        givenTask(fixture, milestoneScheduled())
                .when(new ScheduleMilestone(TASK, null, MILESTONE, LATER, "再次", false, null))
                .expectException(Refused.with(Violation.DUPLICATE_ID));
    }

    @Test
    void aMilestoneHasADueDateAndADescription() {
        givenTask(fixture)
                .when(new ScheduleMilestone(TASK, null, MILESTONE, null, "完成认定", false, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        givenTask(fixture)
                .when(new ScheduleMilestone(TASK, null, MILESTONE, MILESTONE_DUE, "", false, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aClosedTaskGetsNoMilestones() {
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(new ScheduleMilestone(TASK, null, MILESTONE, MILESTONE_DUE, "完成认定", false, null))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }

    @Test
    void aSupervisorMovesAMilestoneWithAReason() {
        givenTask(fixture, milestoneScheduled())
                .when(new RescheduleMilestone(TASK, null, MILESTONE, LATER, "省厅认定推迟"))
                .expectEvents(new MilestoneRescheduled(TASK, MILESTONE, MILESTONE_DUE, LATER, "省厅认定推迟"));
    }

    @Test
    void aMovedMilestoneIsDueOnItsNewDate() {
        givenTask(fixture, milestoneScheduled(), new MilestoneRescheduled(TASK, MILESTONE, MILESTONE_DUE, LATER, "推迟"))
                .when(new RescheduleMilestone(TASK, null, MILESTONE, LATER, "再推迟"))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }

    @Test
    void aMoveNeedsAReason() {
        givenTask(fixture, milestoneScheduled())
                .when(new RescheduleMilestone(TASK, null, MILESTONE, LATER, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aDoneMilestoneIsNotMoved() {
        givenTask(fixture, milestoneScheduled(), new MilestoneCompleted(TASK, MILESTONE, MILESTONE_DUE, null))
                .when(new RescheduleMilestone(TASK, null, MILESTONE, LATER, "推迟"))
                .expectException(Refused.with(Violation.MILESTONE_DONE));
    }

    @Test
    void onlyAMilestoneOfTheTaskIsMoved() {
        givenTask(fixture)
                .when(new RescheduleMilestone(TASK, null, MILESTONE, LATER, "推迟"))
                .expectException(Refused.with(Violation.UNKNOWN_MILESTONE));
    }
}
