package duban.tasks.notice.structure;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {

    private static final int FIRST = TestNotices.HEADER_LINES + 1;

    @Test
    void detectsTheFiveNumberingLevels() {
        assertThat(List.of("一、主要任务", "(二)深化改革", "3.加快推进", "(4)落实权限", "②建立台账", "十二、保障"))
                .map(s -> Heading.detect(s).map(h -> h.level() + h.token()).orElse("-"))
                .containsExactly("1一", "2(二)", "3" + "3", "4(4)", "5②", "1十二");
        assertThat(Heading.detect("2017年10月底前完成")).isEmpty();
        assertThat(Heading.detect("1.5亿元资金")).isEmpty();
    }

    @Test
    void splitsFieldsRunTogetherOnOneLine() {
        FieldSplit split = FieldSplitter.split(Snippet.line(21,
                "落实管理权限。牵头单位:市编办同责单位:高新区、法制办时间进度:2017年10月底前明确清单。"));
        assertThat(split.text().verbatim()).isEqualTo("落实管理权限。");
        assertThat(split.fields()).extracting(f -> f.kind() + "=" + f.value().verbatim()).containsExactly(
                "LEAD=市编办", "CO=高新区、法制办", "TIMELINE=2017年10月底前明确清单。");
    }

    @Test
    void aUnitListEndsWithItsSentenceAndADateAfterItIsTheTimeline() {
        FieldSplit split = FieldSplitter.split(Snippet.line(8, "牵头单位:市财政局。2024年6月底前完成。"));
        assertThat(split.fields()).extracting(f -> f.kind() + "=" + f.value().verbatim())
                .containsExactly("LEAD=市财政局", "TIMELINE=2024年6月底前完成。");
        ParsedNotice notice = TestNotices.parse("一、重点任务", "(一)完善财政制度。", "牵头单位:市财政局。2025年6月底前完成。");
        ParsedTask task = notice.task("一.(一)").orElseThrow();
        assertThat(task.leadUnits()).containsExactly("市财政局");
        assertThat(task.timelineText()).isEqualTo("2025年6月底前完成。");
        assertThat(task.milestones()).singleElement().satisfies(m -> assertThat(m.dueOn()).hasToString("2025-06-30"));
        // A sentence without a date stays with the list: it may be a name written with a full stop in it, and an
        // unknown unit's warning shows it either way.
        assertThat(FieldSplitter.split(Snippet.line(1, "牵头单位:市财政局。各县区配合。")).fields())
                .extracting(f -> f.kind() + "=" + f.value().verbatim()).containsExactly("LEAD=市财政局。各县区配合。");
    }

    @Test
    void readsEveryLabelOfTheIssue() {
        assertThat(List.of("牵头单位", "牵头责任单位", "主要责任单位", "责任单位")).allMatch(l -> FieldLabels.kindOf(l) == FieldKind.LEAD);
        assertThat(List.of("同责单位", "配合单位", "协同责任单位", "协同配合单位", "协同配合责任单位"))
                .allMatch(l -> FieldLabels.kindOf(l) == FieldKind.CO);
        assertThat(List.of("时间进度", "完成时限", "完成期限")).allMatch(l -> FieldLabels.kindOf(l) == FieldKind.TIMELINE);
        assertThat(FieldSplitter.split(Snippet.line(1, "协同配合责任单位:市财政局")).fields())
                .extracting(RawField::kind).containsExactly(FieldKind.CO);
    }

    @Test
    void readsResponsibilityByVerbsOnlyWhenItNamesUnits() {
        FieldSplit split = FieldSplitter.split(Snippet.line(1, "建设孵化器。市科技局牵头,市财政局、市教育局配合。"));
        assertThat(split.text().verbatim()).isEqualTo("建设孵化器。");
        assertThat(split.fields()).extracting(f -> f.kind() + "=" + f.value().verbatim())
                .containsExactly("LEAD=市科技局", "CO=市财政局、市教育局");
        assertThat(FieldSplitter.split(Snippet.line(1, "平原示范区要牵头做好对接工作。")).fields()).isEmpty();
        assertThat(FieldSplitter.split(Snippet.line(1, "列入名录(金龙铜管、心连心化肥等)。")).fields()).isEmpty();
    }

    @Test
    void aFieldWhoseValueStandsOnTheNextLineGetsIt() {
        ParsedNotice notice = TestNotices.parse("一、任务", "(一)建设", "牵头单位:", "市科技局", "时间进度:2025年6月底前完成。");
        assertThat(notice.task("一.(一)").orElseThrow().leadUnits()).containsExactly("市科技局");
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void warnsOfNumberingGapsEmptyFieldsAndTextAfterFields() {
        ParsedNotice notice = TestNotices.parse(
                "一、任务",
                "(一)建设",
                "牵头单位:市科技局",
                "这一行不属于任何字段。",
                "同责单位:",
                "时间进度:2025年6月底前完成。",
                "(三)推广",
                "责任单位:市发改委",
                "完成时限:2025年9月底前完成。");
        assertThat(TestNotices.oddities(notice)).extracting(w -> (w.line() - FIRST) + " " + w.code()).containsExactly(
                "3 TEXT_AFTER_FIELDS", "4 FIELD_EMPTY", "6 NUMBERING_GAP");
        assertThat(notice.task("一.(一)").orElseThrow().text()).isEqualTo("建设\n这一行不属于任何字段。");
    }

    @Test
    void keepsLeaderLinesAndCircledLevels() {
        ParsedNotice notice = TestNotices.parse(
                "一、任务",
                "1.建设",
                "①子任务甲",
                "牵头单位:市科技局",
                "分管领导:李副市长",
                "时间进度:2025年6月底前完成。");
        ParsedTask leaf = notice.task("一.1.①").orElseThrow();
        assertThat(leaf.level()).isEqualTo(5);
        assertThat(leaf.leaders()).containsExactly(new LeaderLine("分管领导", "李副市长", FIRST + 4));
    }

    @Test
    void aLeafWithoutLeadUnitOrTimelineIsAWarningASectionWithoutUnitsAProvision() {
        ParsedNotice notice = TestNotices.parse(
                "一、任务",
                "(一)没有牵头单位",
                "时间进度:2025年6月底前完成。",
                "(二)没有时限",
                "牵头单位:市科技局",
                "二、保障措施",
                "(一)加强领导。各单位要高度重视。");
        assertThat(TestNotices.oddities(notice)).extracting(Warning::code)
                .containsExactly(WarningCode.NO_LEAD_UNIT, WarningCode.NO_TIMELINE);
        assertThat(notice.provisions()).extracting("code").containsExactly("二", "二.(一)");
    }
}
