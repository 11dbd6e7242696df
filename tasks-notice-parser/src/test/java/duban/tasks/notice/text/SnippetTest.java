package duban.tasks.notice.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void readsFoldedAndShowsVerbatim() {
        Snippet line = Snippet.line(4, "　牵头单位：市科技局，市财政局　");
        assertThat(line.text()).isEqualTo("牵头单位:市科技局,市财政局");
        assertThat(line.verbatim()).isEqualTo("牵头单位：市科技局，市财政局");
        assertThat(line.sub(5, 9).verbatim()).isEqualTo("市科技局");
    }

    @Test
    void remembersTheLineOfEveryCharacterOfAJoinedParagraph() {
        Snippet joined = Snippet.join(List.of(Snippet.line(10, "第一行"), Snippet.line(11, "第二行")), "\n");
        assertThat(joined.verbatim()).isEqualTo("第一行\n第二行");
        assertThat(joined.lineAt(2)).isEqualTo(10);
        assertThat(joined.lineAt(4)).isEqualTo(11);
        assertThat(joined.sub(4).line()).isEqualTo(11);
    }

    @Test
    void bracketsMatchOnlyInPairs() {
        Brackets brackets = Brackets.of("各县(市)、区(卫辉市1家、辉县市2家),1 N)");
        assertThat(brackets.split("、,")).hasSize(3);
        assertThat(brackets.topLevelPairs()).hasSize(2);
    }
}
