package duban.tasks.task.domain;

import static duban.tasks.task.domain.Ledger.*;

import duban.events.task.Allocation;
import duban.events.task.TargetSet;
import duban.events.task.TaskCancelled;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.command.ReportProgress;
import duban.tasks.task.command.SetTarget;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 目标分解: shares per unit or group, ranges (1-2家), soft shares (谋划), nested breakdowns; groups held by
 * each member (各完成1家) count once per member. A mismatch is refused unless accepted, then recorded.
 */
class SettingTargetsTest {

    private static final BigDecimal SIX = new BigDecimal("6");
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = Ledger.fixture();
    }

    private static SetTarget target(BigDecimal total, List<Allocation> allocations, boolean acceptMismatch) {
        return new SetTarget(TASK, null, TARGET, "新培育高新技术企业", "家", total, allocations, List.of("某某科技公司"),
                acceptMismatch);
    }

    private static TargetSet targetSet(BigDecimal total, List<Allocation> allocations, List<String> warnings) {
        return new TargetSet(TASK, TARGET, "新培育高新技术企业", "家", total, allocations, List.of("某某科技公司"), warnings);
    }

    private static Allocation node(String unitId, String groupId, boolean each, String min, String max,
                                   List<Allocation> children) {
        return new Allocation(unitId, groupId, each, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), false, children);
    }

    @Test
    void sharesOfUnitsAndOfEachGroupMemberAddUpToTheTotal() {
        List<Allocation> shares = List.of(share(HOLDER, 2), eachOfGroup(GROUP, 2));
        givenTask(fixture)
                .when(target(SIX, shares, false))
                .expectEvents(targetSet(SIX, shares, List.of()));
    }

    @Test
    void aRangeAddsUpWhenTheTotalLiesWithinIt() {
        Allocation range = new Allocation(HOLDER, null, false, BigDecimal.ONE, new BigDecimal("2"), false, List.of());
        Allocation firm = new Allocation(LEAD, null, false, new BigDecimal("4"), new BigDecimal("4"), false, List.of());
        givenTask(fixture)
                .when(target(SIX, List.of(range, firm), false))
                .expectEvents(targetSet(SIX, List.of(range, firm), List.of()));
    }

    @Test
    void softSharesStandOutsideTheTotal() {
        // 新培育…30家,其中:…,原阳县、封丘县各谋划1家: the 谋划 shares come on top of the 30.
        Allocation firm = new Allocation(HOLDER, null, false, new BigDecimal("6"), new BigDecimal("6"), false, List.of());
        Allocation soft = new Allocation(LEAD, null, false, BigDecimal.ONE, BigDecimal.ONE, true, List.of());
        givenTask(fixture)
                .when(target(SIX, List.of(firm, soft), false))
                .expectEvents(targetSet(SIX, List.of(firm, soft), List.of()));
    }

    @Test
    void aSingleQuantityIsRecordedAsARangeOfOneWithNoChildren() {
        givenTask(fixture)
                .when(target(SIX, List.of(node(HOLDER, null, false, "6", null, null)), false))
                .expectEvents(targetSet(SIX, List.of(share(HOLDER, 6)), List.of()));
    }

    @Test
    void aNestedBreakdownAddsUpToItsShare() {
        Allocation group = node(null, GROUP, false, "6", "6", List.of(share(MEMBER, 2), share(OTHER_MEMBER, 4)));
        givenTask(fixture)
                .when(target(SIX, List.of(group), false))
                .expectEvents(targetSet(SIX, List.of(group), List.of()));
    }

    @Test
    void sharesThatDoNotAddUpToTheTotalAreRefused() {
        givenTask(fixture)
                .when(target(new BigDecimal("30"), List.of(share(HOLDER, 2), eachOfGroup(GROUP, 2)), false))
                .expectException(Refused.with(Violation.ALLOCATION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void aNestedBreakdownThatDoesNotAddUpIsRefused() {
        Allocation group = node(null, GROUP, false, "6", "6", List.of(share(MEMBER, 2), share(OTHER_MEMBER, 3)));
        givenTask(fixture)
                .when(target(SIX, List.of(group), false))
                .expectException(Refused.with(Violation.ALLOCATION_MISMATCH));
    }

    @Test
    void anAcceptedMismatchIsRecordedWithWarnings() {
        List<Allocation> shares = List.of(share(HOLDER, 2), eachOfGroup(GROUP, 2));
        givenTask(fixture)
                .when(target(new BigDecimal("30"), shares, true))
                .expectEvents(targetSet(new BigDecimal("30"), shares,
                        List.of("the shares add up to 6家, the total is 30家")));
    }

    @Test
    void aTargetWithoutBreakdownNeedsNoCheck() {
        givenTask(fixture)
                .when(target(SIX, null, false))
                .expectEvents(targetSet(SIX, List.of(), List.of()));
    }

    @Test
    void settingATargetAgainReplacesIt() {
        List<Allocation> shares = List.of(share(MEMBER, 6));
        givenTask(fixture, Ledger.targetSet())
                .when(target(SIX, shares, false))
                .expectEvents(targetSet(SIX, shares, List.of()));
    }

    @Test
    void aReplacedShareNoLongerEntitlesToReport() {
        givenTask(fixture, Ledger.targetSet(), targetSet(SIX, List.of(share(MEMBER, 6)), List.of()))
                .when(new ReportProgress(TASK, null, "report-1", HOLDER, OPEN_PERIOD, "推进中", null, null, null))
                .expectException(Refused.with(Violation.NOT_RESPONSIBLE_UNIT));
    }

    @Test
    void aGroupShareNamesADefinedGroup() {
        givenTask(fixture)
                .when(target(SIX, List.of(eachOfGroup("group-unknown", 1)), false))
                .expectException(Refused.with(Violation.UNKNOWN_UNIT_GROUP));
    }

    @Test
    void aShareIsHeldByExactlyOneUnitOrGroup() {
        givenTask(fixture)
                .when(target(SIX, List.of(node(HOLDER, GROUP, false, "6", "6", List.of())), false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
        givenTask(fixture)
                .when(target(SIX, List.of(node(null, null, false, "6", "6", List.of())), false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
    }

    @Test
    void onlyAGroupShareIsHeldByEachMember() {
        givenTask(fixture)
                .when(target(SIX, List.of(node(HOLDER, null, true, "6", "6", List.of())), false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
    }

    @Test
    void aShareIsAQuantityOfAtLeastZeroWithAnOrderedRange() {
        givenTask(fixture)
                .when(target(SIX, List.of(node(HOLDER, null, false, "-1", "-1", List.of())), false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
        givenTask(fixture)
                .when(target(SIX, List.of(node(HOLDER, null, false, "3", "2", List.of())), false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
        givenTask(fixture)
                .when(target(SIX, List.of(node(HOLDER, null, false, null, "2", List.of())), false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
    }

    @Test
    void aNestedShareIsCheckedToo() {
        Allocation group = node(null, GROUP, false, "6", "6", List.of(node(MEMBER, GROUP, false, "6", "6", null)));
        givenTask(fixture)
                .when(target(SIX, List.of(group), false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
    }

    @Test
    void aTargetHasAnIdAMeasureWordAndATotalOfAtLeastZero() {
        givenTask(fixture)
                .when(new SetTarget(TASK, null, TARGET, "d", " ", SIX, null, null, false))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        givenTask(fixture)
                .when(new SetTarget(TASK, null, null, "d", "家", SIX, null, null, false))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        givenTask(fixture)
                .when(new SetTarget(TASK, null, TARGET, "d", "家", null, null, null, false))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        givenTask(fixture)
                .when(new SetTarget(TASK, null, TARGET, "d", "家", new BigDecimal("-1"), null, null, false))
                .expectException(Refused.with(Violation.INVALID_ALLOCATION));
    }

    private static final String WHOLE = "target-institutes";

    private static SetTarget partOf(String targetId, String wholeId) {
        return new SetTarget(TASK, null, targetId, "新引进高端新型研发机构", "家", SIX, null, null, false, wholeId);
    }

    private static TargetSet partSet(String targetId, String wholeId) {
        return new TargetSet(TASK, targetId, "新引进高端新型研发机构", "家", SIX, List.of(), List.of(), List.of(), wholeId);
    }

    @Test
    void aTargetThatIsPartOfAnotherOfTheTaskNamesIt() {
        // 新引进新型研发机构19家…,其中新引进高端新型研发机构6家: the 6 are part of the 19.
        givenTask(fixture, partSet(WHOLE, null))
                .when(partOf(TARGET, WHOLE))
                .expectEvents(partSet(TARGET, WHOLE));
    }

    @Test
    void theWholeMustBeSetBefore() {
        givenTask(fixture)
                .when(partOf(TARGET, WHOLE))
                .expectException(Refused.with(Violation.INVALID_PART_OF))
                .expectNoEvents();
    }

    @Test
    void aTargetIsNoPartOfItself() {
        givenTask(fixture, partSet(TARGET, null))
                .when(partOf(TARGET, TARGET))
                .expectException(Refused.with(Violation.INVALID_PART_OF));
    }

    @Test
    void aWholeCannotBecomeAPartOfItsOwnPart() {
        givenTask(fixture, partSet(WHOLE, null), partSet(TARGET, WHOLE))
                .when(partOf(WHOLE, TARGET))
                .expectException(Refused.with(Violation.INVALID_PART_OF));
    }

    @Test
    void aPartSetAgainWithoutWholeStandsAloneAndMayThenHoldTheFormerWhole() {
        givenTask(fixture, partSet(WHOLE, null), partSet(TARGET, WHOLE), partSet(TARGET, null))
                .when(partOf(WHOLE, TARGET))
                .expectEvents(partSet(WHOLE, TARGET));
    }

    @Test
    void aClosedTaskGetsNoTargets() {
        givenTask(fixture, new TaskCancelled(TASK, "撤销"))
                .when(target(SIX, List.of(share(HOLDER, 6)), false))
                .expectException(Refused.with(Violation.TASK_CLOSED));
    }
}
