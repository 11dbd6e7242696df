package duban.tasks.notice.layouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each task's text, then one labelled line per field (牵头负责领导:… 牵头责任单位:…), values ending in 。. */
class LabelledBlockLayoutTest {

    private static final ParsedNotice NOTICE = TestNotices.parse(
            "一、优化营商环境",
            "1.深化“一网通办”改革，政务服务事项网上可办率达到95%以上。",
            "牵头负责领导：王立新",
            "牵头责任单位：市政务服务和大数据管理局。",
            "协同责任单位：市发展改革委、市司法局、",
            "市市场监管局。",
            "完成时限：2025年12月底前。",
            "2.开展涉企违规收费专项整治。",
            "牵头领导：李红",
            "牵头责任单位：市市场监管局。",
            "协同责任单位：市财政局。",
            "完成时限：2025年6月底前。");

    @Test
    void readsEachLabelledLineAsItsField() {
        assertThat(NOTICE.leafTasks()).extracting(ParsedTask::code).containsExactly("一.1", "一.2");
        ParsedTask online = NOTICE.task("一.1").orElseThrow();
        assertThat(online.leadUnits()).containsExactly("市政务服务和大数据管理局");
        assertThat(online.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(NOTICE.task("一.2").orElseThrow().coUnits()).containsExactly("市财政局");
        assertThat(TestNotices.oddities(NOTICE)).isEmpty();
    }

    @Test
    void aUnitListBrokenAfterItsSeparatorGoesOnInTheNextLine() {
        assertThat(NOTICE.task("一.1").orElseThrow().coUnits()).containsExactly("市发展改革委", "市司法局", "市市场监管局");
    }

    @Test
    void readsEveryLeaderLabel() {
        assertThat(NOTICE.task("一.1").orElseThrow().leaders()).extracting(LeaderLine::label, LeaderLine::text)
                .containsExactly(tuple("牵头负责领导", "王立新"));
        assertThat(NOTICE.task("一.2").orElseThrow().leaders()).extracting(LeaderLine::label, LeaderLine::text)
                .containsExactly(tuple("牵头领导", "李红"));
    }
}
