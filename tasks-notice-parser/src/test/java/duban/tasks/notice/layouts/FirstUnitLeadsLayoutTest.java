package duban.tasks.notice.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import org.junit.jupiter.api.Test;

/** One 责任单位 list per task, under a notice that says the unit listed first leads. */
class FirstUnitLeadsLayoutTest {

    @Test
    void theFirstUnitLeadsWhenTheNoticeSaysSo() {
        ParsedNotice notice = TestNotices.parse(
                "说明：列第一位的责任单位为牵头单位，其他为配合单位。",
                "序号  重点工作任务  责任单位  完成时限",
                "1  建成区域医疗中心  市卫生健康委、市发展改革委、市财政局  2025年12月底前",
                "2  推进分级诊疗  市卫生健康委  2025年10月底前");
        ParsedTask centre = notice.task("1").orElseThrow();
        assertThat(centre.leadUnits()).containsExactly("市卫生健康委");
        assertThat(centre.coUnits()).containsExactly("市发展改革委", "市财政局");
        assertThat(notice.task("2").orElseThrow().leadUnits()).containsExactly("市卫生健康委");
        assertThat(notice.task("2").orElseThrow().coUnits()).isEmpty();
    }

    @Test
    void aGroupLaterInTheListStaysAGroupAndBecomesCoResponsible() {
        ParsedNotice notice = TestNotices.parse(
                "序号  重点工作任务  责任单位  完成时限",
                "1  整治农村人居环境  市农业农村局、各县（市）区  2025年12月底前",
                "备注：排在第一位的为牵头单位。");
        ParsedTask villages = notice.task("1").orElseThrow();
        assertThat(villages.leadUnits()).containsExactly("市农业农村局");
        assertThat(villages.coUnits()).isEmpty();
        assertThat(villages.coGroups()).hasSize(1);
    }

    @Test
    void withoutTheConventionEveryListedUnitLeads() {
        ParsedNotice notice = TestNotices.parse(
                "序号  重点工作任务  责任单位  完成时限",
                "1  建成区域医疗中心  市卫生健康委、市发展改革委  2025年12月底前");
        assertThat(notice.task("1").orElseThrow().leadUnits()).containsExactly("市卫生健康委", "市发展改革委");
    }

    @Test
    void aListLabelledAsLeadIsNotCut() {
        ParsedNotice notice = TestNotices.parse(
                "第一个为牵头单位。",
                "序号  重点工作任务  牵头单位  完成时限",
                "1  建成区域医疗中心  市卫生健康委、市发展改革委  2025年12月底前");
        assertThat(notice.task("1").orElseThrow().leadUnits()).containsExactly("市卫生健康委", "市发展改革委");
    }

    @Test
    void aBareBracketOfUnitsThatStatesTheConventionIsTheTasksResponsibility() {
        ParsedNotice notice = TestNotices.parse(
                "一、强化粮食安全责任",
                "(一)落实粮食安全责任制。把保障粮食安全放在经济社会发展的突出位置。(市发改委、市农委、市商务粮食局、"
                        + "各县市区人民政府、中储粮株洲直属库。排名第一的为牵头单位,下同)",
                "(二)加强粮食生产能力建设。稳定粮食播种面积。(市农委、市国土资源局)");
        ParsedTask duty = notice.task("一.(一)").orElseThrow();
        assertThat(duty.leadUnits()).containsExactly("市发改委");
        assertThat(duty.coUnits()).containsExactly("市农委", "市商务粮食局", "中储粮株洲直属库");
        assertThat(duty.coGroups()).hasSize(1);
        assertThat(duty.text()).doesNotContain("排名第一");
        // 下同: the next bracket of bare names follows the same convention.
        ParsedTask capacity = notice.task("一.(二)").orElseThrow();
        assertThat(capacity.leadUnits()).containsExactly("市农委");
        assertThat(capacity.coUnits()).containsExactly("市国土资源局");
    }

    @Test
    void withoutTheConventionABracketOfNamesIsPartOfTheText() {
        ParsedNotice notice = TestNotices.parse(
                "一、强化粮食安全责任",
                "(一)落实粮食安全责任制。支持龙头企业(中储粮株洲直属库、株洲粮油集团)扩大收储。",
                "牵头单位:市发改委");
        ParsedTask duty = notice.task("一.(一)").orElseThrow();
        assertThat(duty.leadUnits()).containsExactly("市发改委");
        assertThat(duty.text()).contains("中储粮株洲直属库、株洲粮油集团");
    }
}
