package duban.tasks.notice.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.Cadence;
import duban.tasks.notice.model.CadenceKind;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.units.Mentions;
import duban.tasks.notice.units.NameMatcher;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates, milestones and cadence, for a plan issued on 2017-09-28 like the seed. */
class TimelineReaderTest {

    private static final LocalDate ISSUED = LocalDate.of(2017, 9, 28);

    private final Warnings warnings = new Warnings();

    private RawTimeline read(String timeline) {
        TimelineContext context = new TimelineContext(ISSUED, new NameMatcher(List.of("中电科22所")), new Mentions(),
                warnings);
        return TimelineReader.read(Snippet.line(7, timeline), context);
    }

    private List<LocalDate> dates(String timeline) {
        return read(timeline).milestones().stream().map(Milestone::dueOn).toList();
    }

    private List<WarningCode> codes() {
        return warnings.inLineOrder().stream().map(Warning::code).toList();
    }

    @Test
    void readsTheEndOfAMonth() {
        assertThat(dates("2017年10月底前明确管理权限下放清单并向社会公开。")).containsExactly(LocalDate.of(2017, 10, 31));
        assertThat(codes()).isEmpty();
    }

    @Test
    void takesAMissingYearFromTheDatesBeforeElseFromTheDateOfIssue() {
        assertThat(dates("12月底前,新建科技创新创业基金5个。")).containsExactly(LocalDate.of(2017, 12, 31));
        assertThat(dates("2018年3月底前完成规划;6月底前启动建设。"))
                .containsExactly(LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30));
    }

    @Test
    void readsDaysAndPartsOfMonths() {
        assertThat(dates("2017年10月16日前明确计划;11月15日前完成评审;11月底前兑现政策。")).containsExactly(
                LocalDate.of(2017, 10, 16), LocalDate.of(2017, 11, 15), LocalDate.of(2017, 11, 30));
        assertThat(dates("10月上旬完成甲;10月中旬完成乙;10月下旬完成丙;十二月底前完成丁;年底前完成戊;2018年底完成己。"))
                .containsExactly(LocalDate.of(2017, 10, 10), LocalDate.of(2017, 10, 20), LocalDate.of(2017, 10, 31),
                        LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 31), LocalDate.of(2018, 12, 31));
        assertThat(dates("2017-11-30前报送方案。")).containsExactly(LocalDate.of(2017, 11, 30));
    }

    @Test
    void readsADateWithoutItsMonthWordAndSaysSo() {
        assertThat(dates("2017年12底前,红旗区、牧野区各谋划1家。")).containsExactly(LocalDate.of(2017, 12, 31));
        assertThat(codes()).containsExactly(WarningCode.DATE_MALFORMED);
    }

    @Test
    void marksStrivenMilestonesSoftAndDoneOnesDone() {
        RawTimeline timeline = read("2017年6月底前已完成了第一批推荐工作,9月底前完成第二批推荐工作;"
                + "力争2017年12月底前3家进入后备单位库。");
        assertThat(timeline.milestones()).extracting(Milestone::dueOn, Milestone::soft, Milestone::done).containsExactly(
                tuple(LocalDate.of(2017, 6, 30), false, true),
                tuple(LocalDate.of(2017, 9, 30), false, false),
                tuple(LocalDate.of(2017, 12, 31), true, false));
        assertThat(read("争取2017年12月底在生物育种等领域有进展。").milestones()).extracting(Milestone::soft).containsExactly(true);
        assertThat(read("2017年12月底前,出台实施方案,力争在平台建设上有突破。").milestones()).extracting(Milestone::soft)
                .containsExactly(false);
        assertThat(codes()).isEmpty();
    }

    @Test
    void givesEachDatedClauseItsMilestoneWithTheClauseAsDescription() {
        assertThat(read("2017年6月底前完成甲,9月底前完成乙;12月底前,全市完成丙。").milestones())
                .extracting(Milestone::description)
                .containsExactly("2017年6月底前完成甲", "9月底前完成乙", "12月底前,全市完成丙");
    }

    @Test
    void aPartAfterASemicolonSharesTheDateBefore() {
        assertThat(read("2017年12月底前力争10家企业列入名单;各县(市)、区选择1-2家企业列入培育计划。").milestones())
                .extracting(Milestone::dueOn, Milestone::soft, Milestone::description).containsExactly(
                        tuple(LocalDate.of(2017, 12, 31), true, "2017年12月底前力争10家企业列入名单"),
                        tuple(LocalDate.of(2017, 12, 31), false, "各县(市)、区选择1-2家企业列入培育计划"));
    }

    @Test
    void aSentenceOpeningWithQizhongContinuesTheMilestoneBefore() {
        assertThat(read("2017年12月底前全市新建平台24家。其中:卫辉市12家、红旗区12家。").milestones())
                .extracting(Milestone::description)
                .containsExactly("2017年12月底前全市新建平台24家。其中:卫辉市12家、红旗区12家");
    }

    @Test
    void anUndatedSentenceOfADatedTimelineIsAWarningUnlessItOnlyPermits() {
        assertThat(dates("2017年12月底前申报一家培育对象。研究制定工作方案。")).hasSize(1);
        assertThat(codes()).containsExactly(WarningCode.UNDATED_CLAUSE);
        assertThat(dates("2017年12月底前启动建设。其他县(市)、区可根据自身情况提供配套服务。")).hasSize(1);
        assertThat(codes()).containsExactly(WarningCode.UNDATED_CLAUSE);
    }

    @Test
    void aTimelineWithoutDateGivesNoMilestoneAndAWarning() {
        assertThat(dates("按照省自创区工作安排统筹推进此项工作。")).isEmpty();
        assertThat(warnings.inLineOrder()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.NO_DATE);
            assertThat(w.line()).isEqualTo(7);
        });
    }

    @Test
    void readsAReportingCadenceAndItsStart() {
        RawTimeline timeline = read("平原示范区要牵头做好对接工作,并从10月份开始每半月报送工作进展情况。");
        assertThat(timeline.milestones()).isEmpty();
        assertThat(timeline.cadence()).isEqualTo(new Cadence(CadenceKind.SEMI_MONTHLY, LocalDate.of(2017, 10, 1),
                List.of(), "并从10月份开始每半月报送工作进展情况", 7));
        assertThat(codes()).containsExactly(WarningCode.NO_DATE);

        assertThat(read("2017年12月底前完成;每月5日、20日报送进展。").cadence())
                .extracting(Cadence::kind, Cadence::daysOfMonth).containsExactly(CadenceKind.MONTHLY, List.of(5, 20));
        assertThat(read("2017年12月底前完成,每月召开一次例会。").cadence()).isNull();
    }

    @Test
    void rollsAYearlessDateThatWouldPrecedeTheIssueIntoTheNextYear() {
        assertThat(dates("3月底前完成验收。")).containsExactly(LocalDate.of(2018, 3, 31));
        assertThat(codes()).containsExactly(WarningCode.DATE_YEAR_ROLLED);
    }

    @Test
    void warnsOfPastDeadlinesNotSaidToBeDoneOfImpossibleAndOfAmbiguousDates() {
        assertThat(dates("2017年8月底前完成申报。")).containsExactly(LocalDate.of(2017, 8, 31));
        assertThat(dates("2017年2月30日前完成。")).isEmpty();
        assertThat(dates("12月前完成。")).containsExactly(LocalDate.of(2017, 12, 31));
        assertThat(codes()).containsExactly(WarningCode.DATE_BEFORE_ISSUE, WarningCode.DATE_INVALID,
                WarningCode.NO_DATE, WarningCode.DATE_AMBIGUOUS);
    }

    @Test
    void ignoresDatesInBracketsAndWordsThatOnlyLookLikeMonths() {
        assertThat(read("力争2017年12月底前引进19家〔红旗区、牧野区各引进一家,力争年底落地〕。").milestones()).hasSize(1);
        assertThat(dates("2017年12月底前建立统一月报制度。")).containsExactly(LocalDate.of(2017, 12, 31));
    }

    @Test
    void aYearlessDateWithoutDateOfIssueIsAWarning() {
        TimelineContext noDate = new TimelineContext(null, new NameMatcher(List.of()), new Mentions(), warnings);
        assertThat(TimelineReader.read(Snippet.line(3, "12月底前完成。"), noDate).milestones()).isEmpty();
        assertThat(codes()).contains(WarningCode.DATE_YEAR_UNKNOWN);
    }

    @Test
    void aYearlessDateWithoutDateOfIssueTakesThePlansYear() {
        TimelineContext titled = new TimelineContext(null, 2025, new NameMatcher(List.of()), new Mentions(), warnings);
        assertThat(TimelineReader.read(Snippet.line(3, "12月底前完成。"), titled).milestones())
                .extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(codes()).isEmpty();
    }

    @Test
    void byAYearIsByItsEnd() {
        assertThat(dates("到2025年,社会消费品零售总额达到3.5万亿元。")).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(dates("2019年前完成全部改造。")).containsExactly(LocalDate.of(2019, 12, 31));
        assertThat(dates("到2018年6月底,建成5个。")).containsExactly(LocalDate.of(2018, 6, 30));
        assertThat(dates("至2018年底前完成。")).containsExactly(LocalDate.of(2018, 12, 31));
        // A year that only names what is counted is no deadline.
        assertThat(dates("2018年度考核中,确保全市新增3家。")).isEmpty();
        assertThat(dates("比2016年增长10%。")).isEmpty();
    }

    @Test
    void aTimelineOfOnlyTheWholeYearIsDueAtItsEndButTheWordInATasksTextIsNot() {
        assertThat(dates("全年")).containsExactly(LocalDate.of(2017, 12, 31));
        assertThat(codes()).isEmpty();
        assertThat(dates("全年组织开展2批认定推荐工作。")).isEmpty();
        TimelineContext context = new TimelineContext(ISSUED, new NameMatcher(List.of()), new Mentions(), warnings);
        assertThat(TimelineReader.readTaskText(Snippet.line(3, "全年"), context).milestones()).isEmpty();
    }
}
