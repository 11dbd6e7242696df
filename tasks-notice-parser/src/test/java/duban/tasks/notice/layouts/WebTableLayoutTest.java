package duban.tasks.notice.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A task table copied from a web page: cells padded with full-width or single spaces, long task text wrapped. */
class WebTableLayoutTest {

    @Test
    void readsATableWhoseCellsAreSeparatedByFullWidthSpaces() {
        ParsedNotice notice = TestNotices.parse(
                "序号\u3000重点工作任务\u3000主要责任单位\u3000协同配合单位\u3000完成时限",
                "一、推进城市更新",
                "1\u3000加快老旧小区改造，完成改造小区120个\u3000市住建局\u3000市财政局、市自然资源局\u30002025年12月底前",
                "2\u3000实施背街小巷整治\u3000市城管局\u3000市住建局\u30002025年10月底前",
                "二、推动产业升级",
                "1\u3000培育省级智能工厂5家\u3000市工信局\u3000市发展改革委\u30002025年11月底前");
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("一.1", "一.2", "二.1");
        ParsedTask renewal = notice.task("一.1").orElseThrow();
        assertThat(renewal.title()).isEqualTo("加快老旧小区改造，完成改造小区120个");
        assertThat(renewal.leadUnits()).containsExactly("市住建局");
        assertThat(renewal.coUnits()).containsExactly("市财政局", "市自然资源局");
        assertThat(renewal.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(notice.task("二.1").orElseThrow().leadUnits()).containsExactly("市工信局");
        assertThat(notice.provisions()).isEmpty();
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void readsATableWhoseHeaderIsSeparatedBySingleSpaces() {
        ParsedNotice notice = TestNotices.parse(
                "序号 工作任务 牵头单位 配合单位 完成时间",
                "1 建设智慧停车平台 市公安局 市城管局、市住建局 2025年6月底前",
                "2 开展交通秩序整治 市公安局 市交通运输局 2025年3月底前");
        assertThat(notice.leafTasks()).extracting(ParsedTask::title).containsExactly("建设智慧停车平台", "开展交通秩序整治");
        assertThat(notice.task("1").orElseThrow().coUnits()).containsExactly("市城管局", "市住建局");
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void joinsATaskCellWrappedOntoTheNextLine() {
        ParsedNotice notice = TestNotices.parse(
                "序号  重点工作任务  牵头单位  配合单位  完成时限",
                "1  推动规模以上工业企业数字化  市工信局  市发展改革委  2025年11月底前",
                "转型，培育省级智能工厂",
                "2  开展质量提升行动  市市场监管局  市工信局  2025年12月底前");
        assertThat(notice.leafTasks()).extracting(ParsedTask::title)
                .containsExactly("推动规模以上工业企业数字化转型，培育省级智能工厂", "开展质量提升行动");
        assertThat(notice.task("1").orElseThrow().leadUnits()).containsExactly("市工信局");
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }
}
