package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.ExtensionDenied;
import duban.events.task.ExtensionGranted;
import duban.events.task.ExtensionRequested;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.MilestoneScheduled;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskSuspended;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.DenyExtension;
import duban.tasks.task.command.GrantExtension;
import duban.tasks.task.command.RequestExtension;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 延期申请: a responsible unit asks to move a milestone not done; a supervisor grants or denies it. */
class ExtendingMilestonesTest {

    private static final LocalDate ASKED = LocalDate.parse("2018-01-31");
    private static final LocalDate GRANTED = LocalDate.parse("2018-01-15");
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static RequestExtension ask(String requestId, String milestoneId, String unitId, LocalDate dueOn) {
        return new RequestExtension(TASK, null, requestId, milestoneId, unitId, dueOn, "省级认定批次推迟");
    }

    private static ExtensionRequested asked() {
        return new ExtensionRequested(TASK, "ext-1", MILESTONE, LEAD, ASKED, "省级认定批次推迟");
    }

    @Test
    void aLeadUnitAsksToMoveAMilestoneLater() {
        givenTask(fixture, milestoneScheduled())
                .when(ask("ext-1", MILESTONE, LEAD, ASKED))
                .expectEvents(asked());
    }

    @Test
    void aUnitTheMilestoneBindsMayAsk() {
        givenTask(fixture, targetSet(), new MilestoneScheduled(TASK, MILESTONE, MILESTONE_DUE,
                "完成认定", MilestoneCommitment.FIRM, List.of(HOLDER)))
                .when(ask("ext-1", MILESTONE, HOLDER, ASKED))
                .expectEvents(new ExtensionRequested(TASK, "ext-1", MILESTONE, HOLDER, ASKED, "省级认定批次推迟"));
    }

    @Test
    void aUnitTheMilestoneDoesNotBindMayNotAsk() {
        givenTask(fixture, milestoneScheduled())
                .when(ask("ext-1", MILESTONE, CO, ASKED))
                .expectException(Refused.with(Violation.NOT_RESPONSIBLE_UNIT));
    }

    @Test
    void onlyAMilestoneNotDoneIsExtended() {
        givenTask(fixture, milestoneScheduled(), new MilestoneCompleted(TASK, MILESTONE, MILESTONE_DUE, null))
                .when(ask("ext-1", MILESTONE, LEAD, ASKED))
                .expectException(Refused.with(Violation.MILESTONE_DONE));
    }

    @Test
    void onlyAMilestoneOfTheTaskIsExtended() {
        givenTask(fixture)
                .when(ask("ext-1", MILESTONE, LEAD, ASKED))
                .expectException(Refused.with(Violation.UNKNOWN_MILESTONE));
    }

    @Test
    void anExtensionMovesTheMilestoneLater() {
        givenTask(fixture, milestoneScheduled())
                .when(ask("ext-1", MILESTONE, LEAD, MILESTONE_DUE))
                .expectException(Refused.with(Violation.EXTENSION_NOT_LATER));
    }

    @Test
    void oneExtensionRequestPerMilestoneWaitsAtATime() {
        givenTask(fixture, milestoneScheduled(), asked())
                .when(ask("ext-2", MILESTONE, SECOND_LEAD, ASKED))
                .expectException(Refused.with(Violation.EXTENSION_ALREADY_REQUESTED));
    }

    @Test
    void anExtensionRequestIdIsUsedOnce() {
        givenTask(fixture, milestoneScheduled(), secondMilestoneScheduled(), asked())
                .when(ask("ext-1", SECOND_MILESTONE, LEAD, LocalDate.parse("2018-12-31")))
                .expectException(Refused.with(Violation.DUPLICATE_ID));
    }

    @Test
    void anExtensionRequestSaysWhy() {
        givenTask(fixture, milestoneScheduled())
                .when(new RequestExtension(TASK, null, "ext-1", MILESTONE, LEAD, ASKED, ""))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aSuspendedTaskTakesNoExtensionRequest() {
        givenTask(fixture, milestoneScheduled(), new TaskSuspended(TASK, "政策调整"))
                .when(ask("ext-1", MILESTONE, LEAD, ASKED))
                .expectException(Refused.with(Violation.TASK_SUSPENDED));
    }

    @Test
    void aGrantMovesTheMilestoneToTheDateAskedFor() {
        givenTask(fixture, milestoneScheduled(), asked())
                .when(new GrantExtension(TASK, null, "ext-1", null, "同意"))
                .expectEvents(new ExtensionGranted(TASK, "ext-1", MILESTONE, ASKED, "同意"),
                        new MilestoneRescheduled(TASK, MILESTONE, MILESTONE_DUE, ASKED, "extension ext-1 granted"));
    }

    @Test
    void aGrantMayGiveAnotherLaterDate() {
        givenTask(fixture, milestoneScheduled(), asked())
                .when(new GrantExtension(TASK, null, "ext-1", GRANTED, "延期至1月15日"))
                .expectEvents(new ExtensionGranted(TASK, "ext-1", MILESTONE, GRANTED, "延期至1月15日"),
                        new MilestoneRescheduled(TASK, MILESTONE, MILESTONE_DUE, GRANTED, "extension ext-1 granted"));
    }

    @Test
    void aGrantDoesNotMoveTheMilestoneEarlier() {
        givenTask(fixture, milestoneScheduled(), asked())
                .when(new GrantExtension(TASK, null, "ext-1", LocalDate.parse("2017-12-01"), null))
                .expectException(Refused.with(Violation.EXTENSION_NOT_LATER));
    }

    @Test
    void aGrantedExtensionIsTheMilestonesNewDate() {
        givenTask(fixture, milestoneScheduled(), asked(), new ExtensionGranted(TASK, "ext-1", MILESTONE, ASKED, null),
                new MilestoneRescheduled(TASK, MILESTONE, MILESTONE_DUE, ASKED, "extension ext-1 granted"))
                .when(ask("ext-2", MILESTONE, LEAD, GRANTED))
                .expectException(Refused.with(Violation.EXTENSION_NOT_LATER));
    }

    @Test
    void aGrantedRequestIsNotDenied() {
        givenTask(fixture, milestoneScheduled(), asked(), new ExtensionGranted(TASK, "ext-1", MILESTONE, ASKED, null))
                .when(new DenyExtension(TASK, null, "ext-1", "不同意"))
                .expectException(Refused.with(Violation.EXTENSION_DECIDED));
    }

    @Test
    void aDeniedRequestIsNotGranted() {
        givenTask(fixture, milestoneScheduled(), asked(), new ExtensionDenied(TASK, "ext-1", MILESTONE, "不同意"))
                .when(new GrantExtension(TASK, null, "ext-1", null, null))
                .expectException(Refused.with(Violation.EXTENSION_DECIDED));
    }

    @Test
    void aDecisionAnswersARequestOfTheTask() {
        givenTask(fixture, milestoneScheduled())
                .when(new GrantExtension(TASK, null, "ext-1", null, null))
                .expectException(Refused.with(Violation.UNKNOWN_EXTENSION_REQUEST));
    }

    @Test
    void aMilestoneDoneMeanwhileIsNotExtended() {
        givenTask(fixture, milestoneScheduled(), asked(), new MilestoneCompleted(TASK, MILESTONE, MILESTONE_DUE, null))
                .when(new GrantExtension(TASK, null, "ext-1", null, null))
                .expectException(Refused.with(Violation.MILESTONE_DONE));
    }

    @Test
    void aDenialSaysWhy() {
        givenTask(fixture, milestoneScheduled(), asked())
                .when(new DenyExtension(TASK, null, "ext-1", "理由不充分"))
                .expectEvents(new ExtensionDenied(TASK, "ext-1", MILESTONE, "理由不充分"));
    }

    @Test
    void aDenialWithoutReasonIsRefused() {
        givenTask(fixture, milestoneScheduled(), asked())
                .when(new DenyExtension(TASK, null, "ext-1", null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void afterADenialTheUnitMayAskAgain() {
        givenTask(fixture, milestoneScheduled(), asked(), new ExtensionDenied(TASK, "ext-1", MILESTONE, "不同意"))
                .when(ask("ext-2", MILESTONE, LEAD, GRANTED))
                .expectEvents(new ExtensionRequested(TASK, "ext-2", MILESTONE, LEAD, GRANTED, "省级认定批次推迟"));
    }

    @Test
    void aClosedTaskTakesNoDecision() {
        givenTask(fixture, milestoneScheduled(), asked(), new TaskCancelled(TASK, "撤销"))
                .when(new GrantExtension(TASK, null, "ext-1", null, null))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
