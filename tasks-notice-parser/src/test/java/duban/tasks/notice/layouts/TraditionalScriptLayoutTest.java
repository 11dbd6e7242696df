package duban.tasks.notice.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.UnitGroup;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A notice copied from a traditional-script page (繁体字) is read like its simplified text, and says so. */
class TraditionalScriptLayoutTest {

    private static final ParsedNotice NOTICE = TestNotices.parse(
            "市人民政府辦公室關於印發營商環境提升工作方案的通知",
            "一、優化政務服務",
            "1.深化“一網通辦”改革,政務服務事項網上可辦率達到95%以上。",
            "牽頭單位:市政務服務和大數據管理局",
            "配合單位:市發展改革委、市司法局,各縣(市、區)人民政府",
            "完成時限:2025年12月底前。",
            "2.開展涉企違規收費專項整治。",
            "牽頭單位:市市場監管局",
            "完成時限:2025年6月底前。");

    @Test
    void readsLabelsUnitsGroupsAndDatesWrittenInTraditionalCharacters() {
        assertThat(NOTICE.leafTasks()).extracting(ParsedTask::code).containsExactly("一.1", "一.2");
        ParsedTask online = NOTICE.task("一.1").orElseThrow();
        assertThat(online.leadUnits()).containsExactly("市政务服务和大数据管理局");
        assertThat(online.coUnits()).containsExactly("市发展改革委", "市司法局");
        assertThat(online.coGroups()).hasSize(1);
        assertThat(NOTICE.groups()).extracting(UnitGroup::phrase).containsExactly("各县(市)、区");
        assertThat(online.milestones()).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(NOTICE.task("一.2").orElseThrow().leadUnits()).containsExactly("市市场监管局");
    }

    @Test
    void warnsThatTheUnitsAreNamedInSimplifiedCharacters() {
        assertThat(NOTICE.warnings()).filteredOn(w -> w.code() == WarningCode.TRADITIONAL_SCRIPT)
                .singleElement().extracting(Warning::line).isEqualTo(1);
    }

    @Test
    void aSimplifiedNoticeQuotingATraditionalNameIsLeftAsWritten() {
        ParsedNotice quoting = TestNotices.parse(
                "一、对外交流",
                "1.办好“臺灣青年創業論壇”。",
                "牵头单位:市台办",
                "完成时限:2025年10月底前。");
        assertThat(quoting.leafTasks().get(0).title()).contains("臺灣青年創業論壇");
        assertThat(quoting.warnings()).noneMatch(w -> w.code() == WarningCode.TRADITIONAL_SCRIPT);
    }
}
