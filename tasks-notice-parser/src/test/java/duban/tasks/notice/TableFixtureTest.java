package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.model.Allocation;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A task list given as a tab-separated table with a header row, section rows between its rows. */
class TableFixtureTest {

    private static final ParsedNotice NOTICE =
            NoticeParser.parse(TestNotices.resource("fixtures/table.txt"), UnitDirectory.empty());

    @Test
    void readsRowsAsTasksUnderTheirSections() {
        assertThat(NOTICE.allTasks()).extracting(ParsedTask::code)
                .containsExactly("一", "一.1", "一.2", "二", "二.1", "二.2");
        assertThat(NOTICE.leafTasks()).extracting(ParsedTask::title)
                .containsExactly("新培育高新技术企业", "建设省级以上创新平台", "举办科技成果对接活动", "完善技术市场");
        assertThat(NOTICE.plan().title()).isEqualTo("安平市2025年科技创新重点工作任务清单");
        assertThat(NOTICE.plan().docNumber()).isEqualTo("安科〔2025〕3号");
    }

    @Test
    void readsEachColumnAsItsField() {
        ParsedTask enterprises = NOTICE.task("一.1").orElseThrow();
        assertThat(enterprises.leadUnits()).containsExactly("市科技局");
        assertThat(enterprises.coUnits()).containsExactly("市财政局");
        assertThat(enterprises.coGroups()).containsExactly("各县(市)、区");
        assertThat(enterprises.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(enterprises.targets()).singleElement().satisfies(t -> {
            assertThat(t.total()).isEqualTo(Quantity.exactly(40));
            assertThat(t.allocations()).extracting(Allocation::unit)
                    .containsExactly("东城区", "西城区", "临河县", "青山县", "高新区");
        });
        assertThat(NOTICE.task("二.2").orElseThrow().milestones())
                .containsExactly(new Milestone(LocalDate.of(2025, 6, 30), "2025年6月30日前", false, false, 9));
    }

    @Test
    void keepsAColumnTablesOftenCarryAsTextWithoutAWarning() {
        assertThat(NOTICE.task("一.1").orElseThrow().text()).isEqualTo("新培育高新技术企业\n备注:年度考核");
        assertThat(TestNotices.oddities(NOTICE)).extracting(w -> w.line() + " " + w.code()).containsExactly(
                "1 HEADER_INCOMPLETE", "1 HEADER_INCOMPLETE");
    }

    @Test
    void keepsAnUnknownColumnAsTextAndSaysSo() {
        ParsedNotice notice = TestNotices.parse("序号\t重点工作任务\t主要责任单位\t联系电话\t完成时限",
                "1\t新培育高新技术企业\t市科技局\t3021234\t2025年12月底前");
        assertThat(notice.task("1").orElseThrow().text()).isEqualTo("新培育高新技术企业\n联系电话:3021234");
        assertThat(TestNotices.oddities(notice)).extracting(Warning::code).contains(WarningCode.TABLE_COLUMN_UNKNOWN);
    }

    @Test
    void aGroupCellGivesEachMemberItsShare() {
        ParsedTask platforms = NOTICE.task("一.2").orElseThrow();
        assertThat(platforms.coGroups()).containsExactly("各高校");
        assertThat(NOTICE.group("各高校").orElseThrow().members()).containsExactly("安平学院", "安平职业技术学院");
        assertThat(platforms.targets().get(0).allocations()).singleElement()
                .extracting(Allocation::group, Allocation::each).containsExactly("各高校", true);
    }

    @Test
    void readsATableWhoseCellsAreSeparatedBySpaces() {
        ParsedNotice spaced = TestNotices.parse(
                "序号  重点工作任务  牵头单位  配合单位  完成时限",
                "1  建设孵化器  市科技局  市财政局  2025年6月底前",
                "2  引进人才  市人社局  市科技局、市教育局  2025年9月底前",
                "3  只有两格  市科技局");
        assertThat(spaced.leafTasks()).extracting(ParsedTask::code).containsExactly("1", "2");
        assertThat(spaced.task("2").orElseThrow().coUnits()).containsExactly("市科技局", "市教育局");
        assertThat(spaced.task("2").orElseThrow().text()).isEqualTo("引进人才\n3  只有两格  市科技局");
        assertThat(TestNotices.oddities(spaced)).extracting(w -> w.line() + " " + w.code())
                .containsExactly((TestNotices.HEADER_LINES + 4) + " " + WarningCode.TABLE_ROW_SHAPE);
    }
}
