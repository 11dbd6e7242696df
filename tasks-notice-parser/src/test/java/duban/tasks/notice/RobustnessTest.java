package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd text gives warnings, never an exception. */
class RobustnessTest {

    @Test
    void survivesEveryLineOfTheSeedCutInHalf() {
        String[] lines = TestNotices.seed().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String[] cut = lines.clone();
            cut[i] = cut[i].substring(0, cut[i].length() / 2);
            String text = String.join("\n", cut);
            assertThatCode(() -> NoticeParser.parse(text, UnitDirectory.empty())).as("line %d cut", i + 1)
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"从2月30日起每月报送进展。", "2017年13月底前完成。", "其中:", "其中其中:1家", "〔〕(((",
        "2017年12月底前完成30家,其中:", "1家(1家(1家))", "自创区外9家(自创区外9家(卫辉市9家))", "", "。;,、"})
    void survivesOddTimelines(String timeline) {
        ParsedNotice notice = TestNotices.parse("一、任务", "(一)测试", "牵头单位:市科技局", "时间进度:" + timeline);
        assertThat(notice.leafTasks()).hasSize(1);
    }

    @Test
    void anImpossibleStartIsAWarning() {
        ParsedNotice notice = TestNotices.parse("一、任务", "(一)测试", "牵头单位:市科技局", "时间进度:从2月30日起每月报送进展。");
        assertThat(notice.warnings()).extracting(w -> w.code()).contains(WarningCode.DATE_INVALID, WarningCode.NO_DATE);
    }

    @Test
    void aTextWithoutStructureIsKeptAndFlagged() {
        ParsedNotice notice = NoticeParser.parse("只有一段文字,没有任何编号。\n第二段。", UnitDirectory.empty());
        assertThat(notice.tasks()).isEmpty();
        assertThat(notice.plan().introduction()).containsExactly("只有一段文字,没有任何编号。", "第二段。");
        assertThat(notice.warnings()).extracting(w -> w.code()).containsOnly(WarningCode.HEADER_INCOMPLETE);
        assertThat(notice.plan().title()).isNull();
    }
}
