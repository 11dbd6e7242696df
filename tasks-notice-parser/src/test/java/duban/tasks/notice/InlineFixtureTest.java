package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.Quantity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A notice that is itself the plan, copied from a web page (noise before and after), with responsibilities in
 * brackets — "(牵头单位:…,配合单位:…)", "(X牵头,Y配合)", "(责任单位:…;完成时限:…)" — and deadlines in the text.
 */
class InlineFixtureTest {

    private static final ParsedNotice NOTICE =
            NoticeParser.parse(TestNotices.resource("fixtures/inline.txt"), UnitDirectory.empty());

    @Test
    void ignoresThePageAroundTheNotice() {
        assertThat(NOTICE.plan().title()).isEqualTo("关于做好2025年秋冬季大气污染防治工作的通知");
        assertThat(NOTICE.plan().issuer()).isEqualTo("安平市人民政府办公室");
        assertThat(NOTICE.plan().issuedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(NOTICE.plan().docNumber()).isEqualTo("安政办〔2025〕40号");
        assertThat(NOTICE.plan().attachments()).containsExactly("安平市2025年秋冬季大气污染防治任务清单.xlsx");
        assertThat(NOTICE.plan().closing()).containsExactly("（此件公开发布）");
        assertThat(NOTICE.plan().introduction()).hasSize(2);
    }

    @Test
    void readsLabelledFieldsInBrackets() {
        ParsedTask retrofit = NOTICE.task("一.(一)").orElseThrow();
        assertThat(retrofit.leadUnits()).containsExactly("市生态环境局");
        assertThat(retrofit.coUnits()).containsExactly("市工信局", "临河县");
        assertThat(retrofit.text()).isEqualTo("完成重点行业超低排放改造。2025年10月底前完成钢铁企业超低排放改造3家。");
        assertThat(retrofit.timelineText()).isNull();
        assertThat(retrofit.milestones()).containsExactly(new Milestone(LocalDate.of(2025, 10, 31),
                "2025年10月底前完成钢铁企业超低排放改造3家", false, false, 7));
        assertThat(retrofit.targets()).singleElement().extracting("total").isEqualTo(Quantity.exactly(3));
    }

    @Test
    void readsLeadAndCoUnitsByTheirVerbs() {
        ParsedTask inspection = NOTICE.task("一.(二)").orElseThrow();
        assertThat(inspection.leadUnits()).containsExactly("市生态环境局");
        assertThat(inspection.coUnits()).containsExactly("市工信局", "市市场监管局");
        assertThat(inspection.milestones()).extracting(Milestone::dueOn)
                .containsExactly(LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 31));
    }

    @Test
    void readsATimelineFieldInBracketsAndWarnsThatItHasNoDate() {
        ParsedTask sites = NOTICE.task("二.(一)").orElseThrow();
        assertThat(sites.leadUnits()).containsExactly("市住建局");
        assertThat(sites.leadGroups()).containsExactly("各县(市)、区");
        assertThat(sites.timelineText()).isEqualTo("长期坚持");
        assertThat(TestNotices.oddities(NOTICE)).extracting(w -> w.line() + " " + w.code()).containsExactly("10 NO_DATE");
    }
}
