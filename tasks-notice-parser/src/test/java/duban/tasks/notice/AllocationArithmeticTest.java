package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.model.Allocation;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.model.Target;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Breakdowns and their sums: every mismatch is a warning, never silent. */
class AllocationArithmeticTest {

    /** One task whose co units name the city's four places, with the given timeline. */
    private static ParsedNotice task(String timeline) {
        return TestNotices.parse(
                "一、重点任务",
                "(一)测试任务",
                "牵头单位:市科技局",
                "同责单位:东城区、西城区、临河县、青山县",
                "时间进度:" + timeline);
    }

    private static Target target(ParsedNotice notice, int index) {
        return notice.task("一.(一)").orElseThrow().targets().get(index);
    }

    private static List<String> oddities(ParsedNotice notice) {
        return TestNotices.oddities(notice).stream().map(w -> w.code() + " " + w.message()).toList();
    }

    @Test
    void aNestedBreakdownThatAddsUpIsQuiet() {
        ParsedNotice notice = task("2025年12月底前新培育企业30家,其中:东城区10家、西城区8家、区外12家(临河县5家、青山县7家)。");
        Target target = target(notice, 0);
        assertThat(target.allocations()).extracting(Allocation::unit, Allocation::group)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("东城区", null),
                        org.assertj.core.groups.Tuple.tuple("西城区", null),
                        org.assertj.core.groups.Tuple.tuple(null, "区外"));
        assertThat(target.allocations().get(2).children()).extracting(Allocation::unit).containsExactly("临河县", "青山县");
        assertThat(notice.group("区外").orElseThrow().members()).containsExactly("临河县", "青山县");
        assertThat(oddities(notice)).isEmpty();
    }

    @Test
    void sharesShortOfTheirTotalAreAWarning() {
        ParsedNotice notice = task("2025年12月底前新培育企业30家,其中:东城区10家、西城区8家。");
        assertThat(oddities(notice)).containsExactly(
                "ALLOCATION_SUM_MISMATCH the shares add up to 18家 (10 + 8), the total is 30家");
    }

    @Test
    void aFinerBreakdownShortOfItsShareIsAWarning() {
        ParsedNotice notice = task("2025年12月底前新培育企业20家,其中:东城区10家、区外10家(临河县5家、青山县4家)。");
        assertThat(oddities(notice)).containsExactly(
                "ALLOCATION_SUM_MISMATCH the shares add up to 9家 (5 + 4), the total is 10家");
    }

    @Test
    void eachShareOfAGroupCountsOncePerMember() {
        ParsedNotice notice = task("2025年12月底前新引进机构4家〔东城区、西城区各引进一家,其他县(市)、区各明确一家〕。");
        assertThat(notice.group("其他县(市)、区").orElseThrow().members()).containsExactly("临河县", "青山县");
        assertThat(oddities(notice)).isEmpty();

        ParsedNotice wrong = task("2025年12月底前新引进机构19家〔东城区、西城区各引进一家,其他县(市)、区各明确一家〕。");
        assertThat(oddities(wrong)).containsExactly(
                "ALLOCATION_SUM_MISMATCH the shares add up to 4家 (1 + 1 + 2×1), the total is 19家");
    }

    @Test
    void softSharesStandOutsideTheTotal() {
        ParsedNotice notice = task("2025年12月底前新建平台5家,其中:东城区3家、西城区2家,临河县、青山县各谋划1家。");
        assertThat(target(notice, 0).allocations()).extracting(Allocation::unit, Allocation::soft).containsExactly(
                org.assertj.core.groups.Tuple.tuple("东城区", false), org.assertj.core.groups.Tuple.tuple("西城区", false),
                org.assertj.core.groups.Tuple.tuple("临河县", true), org.assertj.core.groups.Tuple.tuple("青山县", true));
        assertThat(oddities(notice)).isEmpty();
    }

    @Test
    void rangesAddUpToRanges() {
        assertThat(oddities(task("2025年12月底前新建平台5家,其中:东城区3家、西城区1-2家。"))).isEmpty();
        assertThat(oddities(task("2025年12月底前新建平台7家,其中:东城区3家、西城区1-2家。"))).containsExactly(
                "ALLOCATION_SUM_MISMATCH the shares add up to 4-5家 (3 + 1-2), the total is 7家");
        assertThat(target(task("2025年12月底前各县(市)、区选择1-2家企业列入计划。"), 0).allocations()).singleElement()
                .extracting(Allocation::quantity, Allocation::each).containsExactly(Quantity.between(1, 2), true);
    }

    @Test
    void aBreakdownInAnotherMeasureWordIsAWarning() {
        ParsedNotice notice = task("2025年12月底前完成对接活动20次。东城区、西城区各完成10项对接合作。");
        assertThat(notice.task("一.(一)").orElseThrow().milestones()).hasSize(1);
        assertThat(oddities(notice)).containsExactly("ALLOCATION_MEASURE_MISMATCH the total counts in 次, its shares in 项");
    }

    @Test
    void namedItemsMustMatchTheirCountUnlessTheListEndsInDeng() {
        Target named = target(task("2025年12月底前力争3家企业(甲公司、乙公司、丙公司)列入名录。"), 0);
        assertThat(named.namedItems()).containsExactly("甲公司", "乙公司", "丙公司");
        assertThat(named.soft()).isTrue();
        assertThat(oddities(task("2025年12月底前力争10家企业(甲公司、乙公司等)列入名录。"))).isEmpty();
        assertThat(oddities(task("2025年12月底前力争10家企业(甲公司、乙公司)列入名录。")))
                .containsExactly("NAMED_ITEMS_COUNT the notice names 2 items for a total of 10家");
    }

    @Test
    void aPartLargerThanItsWholeIsAWarning() {
        ParsedNotice notice = task("2025年12月底前新引进机构2家(东城区1家、西城区1家),其中新引进高端机构3家(东城区2家、西城区1家)。");
        assertThat(target(notice, 1).partOf()).isZero();
        assertThat(oddities(notice)).containsExactly("PART_EXCEEDS_TOTAL the part (3) is larger than the whole (2)");
    }

    @Test
    void aUnitListedUnderAGroupItIsNoMemberOfIsAWarning() {
        UnitDirectory city = UnitDirectory.builder().unit("临河县", UnitCategory.COUNTY).unit("青山县", UnitCategory.COUNTY)
                .group("区外", List.of("临河县")).build();
        ParsedNotice notice = NoticeParser.parse(TestNotices.notice("一、重点任务", "(一)测试任务", "牵头单位:市科技局",
                "时间进度:2025年12月底前新培育企业2家,其中:区外2家(临河县1家、青山县1家)。"), city);
        assertThat(TestNotices.oddities(notice)).extracting(Warning::code)
                .containsExactly(WarningCode.ALLOCATION_NOT_IN_GROUP);
    }

    @Test
    void otherMeansTheGroupMinusTheUnitsNamedBeforeInTheSameSentence() {
        ParsedNotice notice = task("2025年12月底前完成对接20项。东城区、西城区各完成5项,其他县(市)、区各完成5项。"
                + "2025年11月底前举办活动5场。东城区2场,其他县(市)、区各1场。");
        assertThat(notice.groups()).extracting(g -> g.key() + "=" + g.members()).contains(
                "其他县(市)、区=[临河县, 青山县]", "其他县(市)、区#2=[临河县, 青山县, 西城区]");
        assertThat(oddities(notice)).isEmpty();
    }
}
