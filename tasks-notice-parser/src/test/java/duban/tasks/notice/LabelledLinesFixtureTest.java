package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.model.Allocation;
import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.model.Target;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A plan with one field per line under other labels (牵头责任单位 / 协同责任单位 / 主要责任单位 /
 * 协同配合责任单位 / 完成时限 / 完成期限), leader lines, full-width punctuation, a 文号 under the title and a
 * date of issue in Chinese numerals.
 */
class LabelledLinesFixtureTest {

    private static final String TEXT = TestNotices.resource("fixtures/labelled-lines.txt");
    private static final ParsedNotice NOTICE = NoticeParser.parse(TEXT, UnitDirectory.empty());

    @Test
    void readsTheHeader() {
        assertThat(NOTICE.plan().title()).isEqualTo("安平市2025年优化营商环境重点任务分工方案");
        assertThat(NOTICE.plan().docNumber()).isEqualTo("安政办〔2025〕18号");
        assertThat(NOTICE.plan().issuer()).isEqualTo("安平市人民政府办公室");
        assertThat(NOTICE.plan().issuedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(NOTICE.plan().reportingDays()).containsExactly(5);
        assertThat(NOTICE.provisions()).extracting("code").containsExactly("三");
    }

    @Test
    void readsEachLabelAndKeepsLeaderLines() {
        ParsedTask first = NOTICE.task("一.(一).1").orElseThrow();
        assertThat(first.leadUnits()).containsExactly("市政务服务中心");
        assertThat(first.coUnits()).containsExactly("市大数据局", "市司法局");
        assertThat(first.leaders()).containsExactly(new LeaderLine("分管领导", "王副市长", 16));

        ParsedTask second = NOTICE.task("一.(一).2").orElseThrow();
        assertThat(second.leadUnits()).containsExactly("市政务服务中心", "市发改委");
        assertThat(second.coGroups()).containsExactly("各县(市)、区");
        assertThat(second.leaders()).extracting(LeaderLine::label).containsExactly("牵头负责领导");

        ParsedTask opening = NOTICE.task("一.(二)").orElseThrow();
        assertThat(opening.children()).isEmpty();
        assertThat(opening.leadUnits()).containsExactly("市市场监管局");
        assertThat(opening.text()).isEqualTo("优化企业开办服务\n企业开办全流程压缩至1个工作日以内。");
    }

    @Test
    void aTimelineContinuesOnTheNextLineVerbatim() {
        ParsedTask first = NOTICE.task("一.(一).1").orElseThrow();
        assertThat(first.timelineText())
                .isEqualTo("2025年6月底前，全市政务服务事项网上可办率达到95%；\n12月底前实现高频事项“掌上办”。");
        assertThat(first.milestones()).containsExactly(
                new Milestone(LocalDate.of(2025, 6, 30), "2025年6月底前，全市政务服务事项网上可办率达到95%", false, false, 17),
                new Milestone(LocalDate.of(2025, 12, 31), "12月底前实现高频事项“掌上办”", false, false, 18));
    }

    @Test
    void aRemainderGroupOfAnUnknownCityIsEmptyAndTheSumCannotAddUp() {
        Target scenes = NOTICE.task("一.(一).2").orElseThrow().targets().get(0);
        assertThat(scenes.total()).isEqualTo(Quantity.exactly(30));
        assertThat(scenes.allocations()).last().extracting(Allocation::group, Allocation::each)
                .containsExactly("其他县(市)、区", true);
        assertThat(NOTICE.group("其他县(市)、区").orElseThrow().members()).isEmpty();
        assertThat(TestNotices.oddities(NOTICE)).extracting(w -> w.line() + " " + w.code() + " " + w.text())
                .contains("23 GROUP_EMPTY 其他县(市)、区",
                        "23 ALLOCATION_SUM_MISMATCH 全市新推出集成办事场景30个");
    }

    @Test
    void withTheCitysCountiesTheRemainderHoldsThemAndTheSumAddsUp() {
        UnitDirectory city = UnitDirectory.builder()
                .unit("东城区", UnitCategory.DISTRICT).unit("西城区", UnitCategory.DISTRICT)
                .unit("临河县", UnitCategory.COUNTY).unit("青山县", UnitCategory.COUNTY)
                .unit("高新区", UnitCategory.FUNCTIONAL_ZONE).unit("南山县", UnitCategory.COUNTY)
                .unit("北湖区", UnitCategory.DISTRICT).unit("经开区", UnitCategory.FUNCTIONAL_ZONE)
                .build();
        ParsedNotice parsed = NoticeParser.parse(TEXT, city);
        assertThat(parsed.group("其他县(市)、区").orElseThrow().members()).containsExactly("南山县", "北湖区", "经开区");
        assertThat(TestNotices.oddities(parsed)).noneMatch(w -> w.line() == 23);
    }

    @Test
    void warnsOfEachOddity() {
        assertThat(TestNotices.oddities(NOTICE)).extracting(w -> w.line() + " " + w.code()).containsExactly(
                "23 GROUP_EMPTY", "23 ALLOCATION_SUM_MISMATCH", "27 UNIT_LIST_OPEN_ENDED", "28 NO_DATE",
                "32 UNIT_DUPLICATE", "32 UNIT_LEAD_AND_CO");
        ParsedTask land = NOTICE.task("二.(一)").orElseThrow();
        assertThat(land.leadUnits()).containsExactly("市自然资源局");
        assertThat(land.coUnits()).containsExactly("东城区", "西城区");
        assertThat(land.milestones()).extracting(Milestone::dueOn, Milestone::soft).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 9, 15), false),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 31), true));
        assertThat(land.targets()).singleElement().satisfies(t -> {
            assertThat(t.measureWord()).isEqualTo("亩");
            assertThat(t.total()).isEqualTo(Quantity.exactly(2000));
            assertThat(t.soft()).isTrue();
        });
    }
}
