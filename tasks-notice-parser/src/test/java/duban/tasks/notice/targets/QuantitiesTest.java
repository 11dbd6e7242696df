package duban.tasks.notice.targets;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.Snippet;
import duban.tasks.notice.units.NameMatcher;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    private static List<String> counts(String text) {
        TextIndex index = new TextIndex(Snippet.line(1, text), Brackets.of(text), new NameMatcher(List.of("中电科22所")),
                List.of());
        return Quantities.find(index, 0, text.length()).stream().map(q -> q.quantity() + q.measure()).toList();
    }

    @Test
    void readsArabicAndChineseCountsAndRanges() {
        assertThat(counts("全市新培育高新技术企业30家")).containsExactly("30家");
        assertThat(counts("各引进一家,各完成十二项,建设两个")).containsExactly("1家", "12项", "2个");
        assertThat(counts("选择1-2家企业,打造3至5个集群")).containsExactly("1-2家", "3-5个");
        assertThat(counts("举办10场次活动,投入1.5亿元")).containsExactly("10场次", "1.5亿元");
    }

    @Test
    void skipsOrdinalsIdiomsUnitNamesAndBrackets() {
        assertThat(counts("第二批5项配套政策")).containsExactly("5项");
        assertThat(counts("筹划一批培育对象,一次性奖补")).isEmpty();
        assertThat(counts("依托中电科22所建立1个研究院")).containsExactly("1个");
        assertThat(counts("与985高校合作")).isEmpty();
        assertThat(counts("引进19家〔红旗区1家〕")).containsExactly("19家");
    }

    @Test
    void aRangeOverlapsWhatItCanAddUpTo() {
        Quantity range = new Quantity(BigDecimal.valueOf(4), BigDecimal.valueOf(5));
        assertThat(range.overlaps(Quantity.exactly(5))).isTrue();
        assertThat(range.overlaps(Quantity.exactly(7))).isFalse();
        assertThat(Quantity.between(1, 2).times(5)).isEqualTo(Quantity.between(5, 10));
    }
}
