package duban.tasks.notice.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import org.junit.jupiter.api.Test;

/** A table under a header the parser does not know is warned about, never filed silently as a provision. */
class UnreadTableTest {

    @Test
    void aTableSwallowedByAProvisionIsNamedInAWarning() {
        ParsedNotice notice = TestNotices.parse(
                "一、重点举措",
                "序号  工作举措  承办处室  办结时间",
                "1  修订采购管理办法  综合处  2025年6月底前",
                "2  开展内控检查  审计处  2025年9月底前");
        assertThat(notice.leafTasks()).isEmpty();
        assertThat(notice.warnings()).filteredOn(w -> w.code() == WarningCode.UNPARSED_REGION).singleElement()
                .satisfies(w -> {
                    assertThat(w.line()).isEqualTo(TestNotices.HEADER_LINES + 2);
                    assertThat(w.message()).contains("lines " + (TestNotices.HEADER_LINES + 2) + " to "
                            + (TestNotices.HEADER_LINES + 4));
                    assertThat(w.code().review()).isFalse();
                });
    }

    @Test
    void aProvisionOfPlainParagraphsIsNotWarned() {
        ParsedNotice notice = TestNotices.parse(
                "一、加强组织领导",
                "各单位要高度重视，明确专人负责。",
                "二、工作任务",
                "(一)建设孵化器。牵头单位:市科技局。完成时限:2025年6月底前。");
        assertThat(notice.provisions()).isNotEmpty();
        assertThat(notice.warnings()).extracting(Warning::code).doesNotContain(WarningCode.UNPARSED_REGION);
    }
}
