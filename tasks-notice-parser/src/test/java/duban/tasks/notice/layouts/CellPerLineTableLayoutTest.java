package duban.tasks.notice.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.model.LineAccount;
import duban.tasks.notice.model.LinePlace;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.WarningCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A task table flattened one cell per line: header cells, then each row's cells, each on its own line. */
class CellPerLineTableLayoutTest {

    private static final int BODY = TestNotices.HEADER_LINES + 1;

    @Test
    void cutsRowsByTheNumberSequenceUnderSectionRows() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.COMPLETE_ROWS);
        assertThat(notice.tasks()).extracting(ParsedTask::code).containsExactly("一", "二");
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("一.1", "一.2", "二.3");
        ParsedTask projects = notice.task("一.1").orElseThrow();
        assertThat(projects.title()).isEqualTo("实施重点项目攻坚行动，全年新开工亿元以上项目60个");
        assertThat(projects.leadUnits()).containsExactly("市发展改革委");
        assertThat(projects.coUnits()).containsExactly("市自然资源局", "市住建局");
        assertThat(projects.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(projects.leaders()).extracting(LeaderLine::text).containsExactly("王立新");
        ParsedTask bonds = notice.task("一.2").orElseThrow();
        assertThat(bonds.leadUnits()).containsExactly("市财政局");
        assertThat(bonds.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(notice.task("二.3").orElseThrow().coUnits()).containsExactly("市城管局");
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void placesCellsByKindWhenACellIsMissingOrWrapped() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.MISSING_AND_WRAPPED_CELLS);
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("1", "2", "3");
        ParsedTask upgrade = notice.task("1").orElseThrow();
        assertThat(upgrade.title()).isEqualTo("开展工业企业技术改造提升行动，推动200家规上企业完成智能化改造");
        assertThat(upgrade.leadUnits()).containsExactly("市工信局");
        assertThat(upgrade.coUnits()).containsExactly("市发展改革委", "市财政局");
        ParsedTask platform = notice.task("2").orElseThrow();
        assertThat(platform.leadUnits()).containsExactly("市大数据局");
        assertThat(platform.coUnits()).isEmpty();
        assertThat(platform.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 9, 30));
        ParsedTask villages = notice.task("3").orElseThrow();
        assertThat(villages.leadUnits()).containsExactly("市农业农村局");
        assertThat(villages.coUnits()).containsExactly("市生态环境局", "市住建局", "市水利局");
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void readsRowsNumberedInChinese() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.CHINESE_NUMBERS);
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("一", "二");
        ParsedTask civility = notice.task("二").orElseThrow();
        assertThat(civility.title()).isEqualTo("创建省级文明城市");
        assertThat(civility.leadUnits()).containsExactly("市委宣传部", "市文明办");
        assertThat(civility.leaders()).extracting(LeaderLine::text).containsExactly("孙强");
        assertThat(civility.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void warnsAboutARowItCannotCutAndReadsTheRowsAround() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.UNCUTTABLE_ROW);
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("1", "3");
        assertThat(notice.task("3").orElseThrow().leadUnits()).containsExactly("市应急管理局");
        int rowTwo = BODY + 10;
        assertThat(notice.warnings()).filteredOn(w -> w.code() == WarningCode.UNPARSED_REGION).singleElement()
                .satisfies(w -> {
                    assertThat(w.line()).isEqualTo(rowTwo);
                    assertThat(w.message()).startsWith("lines " + rowTwo + " to " + (rowTwo + 2) + " ");
                    assertThat(w.text()).contains("做好防汛抗旱各项准备");
                });
        assertThat(notice.account()).filteredOn(line -> line.place() == LinePlace.UNPARSED)
                .extracting(LineAccount::line).containsExactly(rowTwo, rowTwo + 1, rowTwo + 2);
    }

    @Test
    void cutsATableWithoutNumberColumnByItsWidth() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.WITHOUT_NUMBERS);
        assertThat(notice.leafTasks()).extracting(ParsedTask::title)
                .containsExactly("建成智慧城管指挥平台", "完成主城区雨污分流改造");
        assertThat(notice.leafTasks().get(1).leadUnits()).containsExactly("市住建局", "市水利局");
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void endsTheTableWhereThePlanGoesOnInText() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.TABLE_THEN_TEXT);
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("一.1", "一.2");
        assertThat(notice.task("一.2").orElseThrow().coUnits()).containsExactly("市住建局");
        assertThat(notice.provisions()).extracting("code").containsExactly("二");
        assertThat(notice.provisions().get(0).text()).contains("每月5日前报送工作进展情况");
        assertThat(notice.plan().reportingDays()).containsExactly(5);
        assertThat(notice.warnings()).extracting(w -> w.code()).doesNotContain(WarningCode.UNPARSED_REGION);
        assertThat(notice.unaccounted()).isEmpty();
    }

    @Test
    void aParagraphRightUnderTheLastRowEndsTheTable() {
        ParsedNotice notice = TestNotices.parse(
                "序号", "重点工作任务", "牵头单位", "完成时限",
                "1", "建设城市生命线安全工程", "市住建局", "2025年12月底前",
                "以上任务各牵头单位要于每季度末报送进展情况。");
        ParsedTask lifeline = notice.task("1").orElseThrow();
        assertThat(lifeline.leadUnits()).containsExactly("市住建局");
        assertThat(lifeline.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(notice.warnings()).extracting(w -> w.code()).doesNotContain(WarningCode.UNPARSED_REGION);
        assertThat(notice.unaccounted()).isEmpty();
    }

    @Test
    void readsRowsWhoseNumberSharesTheTaskLine() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.NUMBER_WITH_TASK);
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("一.1", "一.2");
        ParsedTask registration = notice.task("一.1").orElseThrow();
        assertThat(registration.title()).isEqualTo("推行企业开办全程网办，办理时间压缩至1个工作日内");
        assertThat(registration.leadUnits()).containsExactly("市政务服务中心");
        assertThat(registration.coUnits()).containsExactly("市市场监管局", "市税务局");
        ParsedTask fees = notice.task("一.2").orElseThrow();
        assertThat(fees.leadUnits()).containsExactly("市发展改革委");
        assertThat(fees.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 8, 31));
        assertThat(TestNotices.oddities(notice)).isEmpty();
    }

    @Test
    void anOfficeCellAboveADateCellIsNoSignature() {
        ParsedNotice notice = TestNotices.parse(
                "序号", "重点工作任务", "牵头单位", "完成时限",
                "1", "建立政务服务好差评制度", "市人民政府办公室", "2025年6月30日",
                "2", "完善12345热线工单办理机制", "市人民政府办公室", "2025年9月30日",
                "测试市人民政府办公室", "2025年1月10日");
        assertThat(notice.leafTasks()).extracting(ParsedTask::code).containsExactly("1", "2");
        assertThat(notice.task("1").orElseThrow().milestones()).extracting(Milestone::dueOn)
                .containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(notice.account()).filteredOn(line -> line.place() == LinePlace.CLOSING)
                .extracting(LineAccount::line).containsExactly(BODY + 12, BODY + 13);
        assertThat(notice.unaccounted()).isEmpty();
    }

    @Test
    void aTableWithoutNumberColumnEndsAtAParagraph() {
        ParsedNotice notice = TestNotices.parse(
                "工作任务", "责任单位", "完成时限(2025年)",
                "建成智慧城管指挥平台", "市城管局", "9月底前",
                "完成主城区雨污分流改造", "市住建局", "11月底前",
                "二、工作要求",
                "各责任单位要于每月20日前报送工作进展情况。");
        assertThat(notice.leafTasks()).extracting(ParsedTask::title)
                .containsExactly("建成智慧城管指挥平台", "完成主城区雨污分流改造");
        assertThat(notice.provisions()).extracting("code").containsExactly("二");
        assertThat(notice.warnings()).extracting(w -> w.code()).doesNotContain(WarningCode.UNPARSED_REGION);
        assertThat(notice.unaccounted()).isEmpty();
    }

    @Test
    void readsCellsThatKeepThePagesGridBars() {
        ParsedNotice notice = TestNotices.parse(
                "序号 |", "重点工作 |", "责任领导 |", "责任单位 |", "完成时限 |",
                "1 |", "推进标准化厂房建设，新建厂房10万平方米 |", "刘军 |", "建设发展部、财政分局 |", "全年 |",
                "2 |", "开展亩均效益评价 |", "陈静 |", "经济发展部 |", "2025年9月底前 |");
        ParsedTask buildings = notice.task("1").orElseThrow();
        assertThat(buildings.title()).isEqualTo("推进标准化厂房建设，新建厂房10万平方米");
        assertThat(buildings.leaders()).extracting(LeaderLine::text).containsExactly("刘军");
        assertThat(buildings.leadUnits()).containsExactly("建设发展部", "财政分局");
        assertThat(buildings.timelineText()).isEqualTo("全年");
        assertThat(notice.task("2").orElseThrow().leadUnits()).containsExactly("经济发展部");
        assertThat(notice.unaccounted()).isEmpty();
    }

    @Test
    void keepsALabelledNoteUnderARowAsItsText() {
        ParsedNotice notice = TestNotices.parse(
                "序号", "重点工作任务(本市3项配合工作)", "责任单位",
                "(一)李明副市长牵头重点工作",
                "1", "加强耕地保护和粮食安全保障", "市农业农村局、市自然资源局", "省牵头单位:省农业农村厅",
                "2", "推进农村饮用水达标提标", "市水利局", "省牵头单位:省水利厅");
        ParsedTask farmland = notice.task("(一).1").orElseThrow();
        assertThat(farmland.leadUnits()).containsExactly("市农业农村局", "市自然资源局");
        assertThat(farmland.text()).contains("省牵头单位:省农业农村厅");
        assertThat(notice.task("(一).2").orElseThrow().leadUnits()).containsExactly("市水利局");
        assertThat(notice.warnings()).extracting(w -> w.code()).doesNotContain(WarningCode.UNPARSED_REGION);
        assertThat(notice.unaccounted()).isEmpty();
    }

    @Test
    void accountsForEveryLineOfTheTable() {
        ParsedNotice notice = TestNotices.parse(CellPerLineNotices.COMPLETE_ROWS);
        assertThat(notice.unaccounted()).isEmpty();
        assertThat(notice.account()).filteredOn(line -> line.place() == LinePlace.TABLE_HEADER)
                .extracting(LineAccount::line).containsExactly(BODY, BODY + 1, BODY + 2, BODY + 3, BODY + 4, BODY + 5);
        assertThat(notice.account()).filteredOn(line -> "一.2".equals(line.code()))
                .extracting(LineAccount::line).containsExactly(BODY + 13, BODY + 14, BODY + 15, BODY + 16, BODY + 17,
                        BODY + 18);
    }
}
