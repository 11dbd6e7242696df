package duban.tasks.notice.units;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitListReaderTest {

    private final Warnings warnings = new Warnings();
    private final Mentions mentions = new Mentions();

    private List<String> read(String value) {
        return UnitListReader.read(Snippet.line(1, value), mentions, warnings).stream()
                .map(h -> h.isUnit() ? h.name() : "[" + h.name() + "]").toList();
    }

    @Test
    void splitsAtEverySeparatorTheNoticesUse() {
        assertThat(read("市人社局、卫辉市,河南师范大学;新乡学院，新乡医学院及市科技局 市财政局"))
                .containsExactly("市人社局", "卫辉市", "河南师范大学", "新乡学院", "新乡医学院", "市科技局", "市财政局");
        assertThat(warnings.inLineOrder()).isEmpty();
    }

    @Test
    void keepsGroupPhrasesWholeInEverySpelling() {
        assertThat(read("市财政局,各县(市)、区")).containsExactly("市财政局", "[各县(市)、区]");
        assertThat(read("各县（市、区）、驻新各高校")).containsExactly("[各县(市)、区]", "[各高校]");
    }

    @Test
    void aRemainderGroupRemembersTheUnitsNamedBeforeIt() {
        List<RawHolder> holders = UnitListReader.read(Snippet.line(1, "红旗区、牧野区,其他县(市)、区"), mentions, warnings);
        assertThat(holders.get(2).namedBefore()).containsExactly("红旗区", "牧野区");
    }

    @Test
    void notesAListEndingInDengAndDropsVagueAndRepeatedEntriesWithAWarning() {
        assertThat(read("市税务局、市公安局等")).containsExactly("市税务局", "市公安局");
        assertThat(read("市科技局、有关单位、市科技局")).containsExactly("市科技局");
        assertThat(warnings.inLineOrder()).extracting(Warning::code).containsExactly(
                WarningCode.UNIT_LIST_OPEN_ENDED, WarningCode.UNIT_VAGUE, WarningCode.UNIT_DUPLICATE);
    }
}
