package duban.tasks.task.domain;

import duban.events.envelope.Actor;
import duban.events.task.Allocation;
import duban.events.task.Attachment;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import duban.tasks.domain.actor.ActorMetadata;
import duban.tasks.task.command.UnitFiledCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

/**
 * The shared scene of the Task tests: task 二.(一).1 of 新政办〔2017〕102号, led by 市科技局 with 市财政局,
 * created on 2017-11-10 and judged on 2017-11-18 (so the open period ends 2017-11-20).
 */
final class Ledger {

    static final String TASK = "task-2-1-1";
    static final String PLAN = "plan-xinxiang-2017-102";
    static final String LEAD = "unit-science-bureau";
    static final String SECOND_LEAD = "unit-development-commission";
    static final String CO = "unit-finance-bureau";
    /** Holds a share of the target in its own name. */
    static final String HOLDER = "unit-hongqi-district";
    /** 各县(市)、区, whose members each hold one. */
    static final String GROUP = "group-counties-and-districts";
    static final String MEMBER = "unit-weihui-city";
    static final String OTHER_MEMBER = "unit-muye-district";
    static final String OUTSIDER = "unit-education-bureau";
    static final String TARGET = "target-high-tech-enterprises";
    static final String MILESTONE = "milestone-2017-12";
    static final String SECOND_MILESTONE = "milestone-2018-06";

    static final Instant CREATED_AT = Instant.parse("2017-11-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2017-11-18");
    static final LocalDate OPEN_PERIOD = LocalDate.parse("2017-11-20");
    static final LocalDate MILESTONE_DUE = LocalDate.parse("2017-12-31");
    static final String SHA = "ab".repeat(32);

    private Ledger() {
    }

    /** A fixture for {@link Task} with the calendar and directory doubles registered as Axon would. */
    static AggregateTestFixture<Task> fixture() {
        return fixture(new CalendarDouble(TODAY));
    }

    /** A fixture whose calendar the test moves on. */
    static AggregateTestFixture<Task> fixture(CalendarDouble calendar) {
        return fixture(calendar, new ReviewDouble(TODAY));
    }

    /** A fixture whose plan's review (off unless the double requires it) the test decides. */
    static AggregateTestFixture<Task> fixture(ReviewDouble review) {
        return fixture(new CalendarDouble(TODAY), review);
    }

    private static AggregateTestFixture<Task> fixture(CalendarDouble calendar, ReviewDouble review) {
        AggregateTestFixture<Task> fixture = new AggregateTestFixture<>(Task.class);
        fixture.registerInjectableResource(calendar);
        fixture.registerInjectableResource(review);
        fixture.registerInjectableResource(new DirectoryDouble().define(GROUP, MEMBER, OTHER_MEMBER));
        // The scenes file what a unit files as that unit's own clerk unless they name another actor.
        fixture.registerCommandDispatchInterceptor(messages -> (index, message) ->
                message.getPayload() instanceof UnitFiledCommand filed
                        && !message.getMetaData().containsKey(ActorMetadata.ACTOR_ROLE)
                        ? message.andMetaData(clerkOf(filed.unitId())) : message);
        return fixture;
    }

    /** The metadata of a command sent by the clerk of {@code unitId}. */
    static MetaData clerkOf(String unitId) {
        return MetaData.with(ActorMetadata.ACTOR_USER, "clerk@" + unitId).and(ActorMetadata.ACTOR_UNIT, unitId)
                .and(ActorMetadata.ACTOR_ROLE, Actor.UNIT);
    }

    /** The metadata of a command sent by a supervisor (督查室). */
    static MetaData supervisor() {
        return MetaData.with(ActorMetadata.ACTOR_USER, "zhang.wei").and(ActorMetadata.ACTOR_ROLE, Actor.SUPERVISOR);
    }

    /** The task exists, created at {@link #CREATED_AT}, followed by the given events. */
    static TestExecutor<Task> givenTask(AggregateTestFixture<Task> fixture, Object... events) {
        return fixture.givenCurrentTime(CREATED_AT).andGiven(created()).andGiven(events);
    }

    static TaskCreated created() {
        return new TaskCreated(TASK, PLAN, "task-2-1", "二.(一).1", "培育高新技术企业",
                "新培育高新技术企业30家", List.of(LEAD, SECOND_LEAD), List.of(CO), "2017年12月底前完成");
    }

    /** 30家, of which 红旗区 2 and each of 各县(市)、区 1. */
    static TargetSet targetSet() {
        return new TargetSet(TASK, TARGET, "新培育高新技术企业", "家", new BigDecimal("30"),
                List.of(share(HOLDER, 2), eachOfGroup(GROUP, 1)), List.of());
    }

    static MilestoneScheduled milestoneScheduled() {
        return new MilestoneScheduled(TASK, MILESTONE, MILESTONE_DUE, "完成认定", MilestoneCommitment.FIRM, List.of());
    }

    static MilestoneScheduled secondMilestoneScheduled() {
        return new MilestoneScheduled(TASK, SECOND_MILESTONE, LocalDate.parse("2018-06-30"), "力争再培育5家", MilestoneCommitment.SOFT,
                List.of(LEAD));
    }

    static ProgressReported reported(String reportId, String unitId) {
        return new ProgressReported(TASK, reportId, unitId, OPEN_PERIOD, "已完成申报辅导",
                List.of(new TargetCount(TARGET, new BigDecimal("3"))), List.of(), List.of(attachment()));
    }

    static Attachment attachment() {
        return new Attachment("台账.xlsx", 2048, SHA);
    }

    static Allocation share(String unitId, int quantity) {
        return new Allocation(unitId, null, false, BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity), false,
                List.of());
    }

    static Allocation eachOfGroup(String groupId, int quantity) {
        return new Allocation(null, groupId, true, BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity), false,
                List.of());
    }
}
