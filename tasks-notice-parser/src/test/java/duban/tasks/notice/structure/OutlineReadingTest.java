package duban.tasks.notice.structure;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.TestNotices;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.ParsedUnit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the outline is read where real notices lay it out otherwise than the seed (modelled text). */
class OutlineReadingTest {

    @Test
    void numberedRequestsOfTheCoveringNoticeAreHeaderAndThePlanAfterItsSignatureIsTheBody() {
        ParsedNotice notice = NoticeParser.parse(String.join("\n",
                "测试区人民政府办公室关于印发测试区重点工作责任分解方案的通知",
                "各街道办事处,区人民政府各部门:",
                "《测试区重点工作责任分解方案》已经区人民政府同意,现印发给你们,并就有关事项通知如下:",
                "一、各责任单位要高度重视,切实加强领导,制订工作方案,明确责任,明确措施,明确时间节点,狠抓落实。",
                "二、区绩效考评机构要将重要目标任务纳入绩效管理考核范围,细化考核内容,加强过程考核。",
                "测试区人民政府办公室",
                "2023年1月3日",
                "",
                "测试区重点工作责任分解方案",
                "一、主要预期目标",
                "(一)地区生产总值增长7%以上",
                "责任单位:区发展和改革局",
                "(二)规上工业增加值增长12%以上",
                "责任单位:区科技和经信局"), UnitDirectory.empty());

        assertThat(notice.allTasks()).extracting(ParsedTask::code).containsExactly("一", "一.(一)", "一.(二)");
        assertThat(notice.task("一.(一)").orElseThrow().leadUnits()).containsExactly("区发展和改革局");
        assertThat(notice.task("一.(二)").orElseThrow().leadUnits()).containsExactly("区科技和经信局");
        assertThat(notice.plan().issuedOn()).isEqualTo(LocalDate.of(2023, 1, 3));
        assertThat(notice.plan().title()).isEqualTo("测试区重点工作责任分解方案");
        assertThat(notice.plan().introduction()).anyMatch(line -> line.startsWith("一、各责任单位要高度重视"));
    }

    @Test
    void numberedTextThatAssignsNothingStaysTheBodyWhenNoPlanFollows() {
        ParsedNotice notice = TestNotices.parse("一、总体要求", "坚持稳中求进。", "二、主要任务", "推进各项改革。");
        assertThat(notice.provisions()).extracting(p -> p.code()).containsExactly("一", "二");
    }

    @Test
    void aResponsibilityLineUnderALeadLineNamesTheCoResponsibleUnits() {
        ParsedNotice notice = TestNotices.parse("一、主要预期目标", "1.努力实现地区生产总值增长6.2%左右。",
                "牵头单位:区发改局", "责任单位:立山经济开发区,全区经济运行各专班");
        ParsedTask task = notice.task("一.1").orElseThrow();
        assertThat(task.leadUnits()).containsExactly("区发改局");
        assertThat(task.coUnits()).containsExactly("立山经济开发区");
        assertThat(task.coGroups()).containsExactly("全区经济运行各专班");
        assertThat(notice.units()).extracting(ParsedUnit::name).containsExactlyInAnyOrder("区发改局", "立山经济开发区");
    }

    @Test
    void aResponsibilityLineAloneStillNamesTheLead() {
        ParsedNotice notice = TestNotices.parse("一、主要预期目标", "(一)固定资产投资增长10%以上", "责任单位:区发展和改革局");
        ParsedTask task = notice.task("一.(一)").orElseThrow();
        assertThat(task.leadUnits()).containsExactly("区发展和改革局");
        assertThat(task.coUnits()).isEmpty();
    }

    @Test
    void inlineLeadAndResponsibilityInSquareBracketsAreLeadAndCo() {
        ParsedNotice notice = TestNotices.parse("一、统筹疫情防控", "(一)坚持常态化疫情防控",
                "1、切实提高政治站位,精准抓好疫情防控工作。[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]");
        ParsedTask task = notice.task("一.(一).1").orElseThrow();
        assertThat(task.leadUnits()).containsExactly("区卫健局");
        assertThat(task.coUnits()).isEmpty();
        assertThat(task.coGroups()).containsExactly("区疫情防控指挥部成员单位", "各街办(新区)");
        assertThat(notice.units()).extracting(ParsedUnit::name).containsExactly("区卫健局");
    }

    @Test
    void aBracketAfterSubItemsWithoutUnitsBelongsToTheirItem() {
        ParsedNotice notice = TestNotices.parse("(一)“一案三制”建设", "1.完善应急预案体系",
                "(1)加强应急预案管理,规范应急预案编制。", "(2)推进应急预案“精编化”。",
                "(责任单位:市应急局、各开发区管委会)", "2.健全应急管理体制", "(责任单位:市编办)");
        ParsedTask item = notice.task("(一).1").orElseThrow();
        assertThat(item.leadUnits()).containsExactly("市应急局");
        assertThat(item.leadGroups()).containsExactly("各功能区");
        assertThat(notice.task("(一).1.(2)").orElseThrow().leadUnits()).isEmpty();
        assertThat(notice.task("(一).1.(2)").orElseThrow().text()).doesNotContain("责任单位");
        assertThat(notice.task("(一).2").orElseThrow().leadUnits()).containsExactly("市编办");
    }

    @Test
    void aBracketAfterSubItemsThatCarryUnitsStaysWithTheLastOne() {
        ParsedNotice notice = TestNotices.parse("(一)建设", "1.完善预案",
                "(1)加强预案管理。(责任单位:市应急局)", "(2)推进预案精编。", "(责任单位:市司法局)");
        assertThat(notice.task("(一).1.(1)").orElseThrow().leadUnits()).containsExactly("市应急局");
        assertThat(notice.task("(一).1.(2)").orElseThrow().leadUnits()).containsExactly("市司法局");
        assertThat(notice.task("(一).1").orElseThrow().leadUnits()).isEmpty();
    }

    @Test
    void anUnnumberedHeadingAboveTheFirstSectionsIsATaskWhoseSectionsKeepTheirCodes() {
        ParsedNotice notice = TestNotices.parse("为提高应对突发事件的能力,现将9项具体建设任务进行责任分解。",
                "“十三五”应急体系9个具体建设任务", "(一)“一案三制”建设", "1.完善应急预案体系", "(责任单位:市应急局)");
        assertThat(notice.tasks()).extracting(ParsedTask::code).containsExactly(Heading.UNNUMBERED + "1");
        ParsedTask heading = notice.tasks().get(0);
        assertThat(heading.title()).isEqualTo("“十三五”应急体系9个具体建设任务");
        assertThat(heading.level()).isZero();
        assertThat(notice.allTasks()).extracting(ParsedTask::code)
                .containsExactly(Heading.UNNUMBERED + "1", "(一)", "(一).1");
        assertThat(notice.task("(一).1").orElseThrow().leadUnits()).containsExactly("市应急局");
    }

    @Test
    void aLineAboveAreasNumbered一IsNoHeading() {
        ParsedNotice notice = TestNotices.parse("重点工作任务", "一、主要目标", "1.增长7%。", "责任单位:区发改局");
        assertThat(notice.tasks()).extracting(ParsedTask::code).containsExactly("一");
        assertThat(Heading.unnumberedCandidate("为提高能力,现将任务进行责任分解。")).isFalse();
        assertThat(Heading.unnumberedCandidate("运城市突发事件应急体系建设“十三五”规划责任分解")).isFalse();
        assertThat(Heading.unnumberedCandidate("2017年4月13日")).isFalse();
        assertThat(Heading.unnumberedCandidate("“十三五”应急体系9个具体建设任务")).isTrue();
        assertThat(List.of("(一)建设", "1.完善")).noneMatch(Heading::unnumberedCandidate);
    }
}
