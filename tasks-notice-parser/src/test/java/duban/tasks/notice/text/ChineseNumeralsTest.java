package duban.tasks.notice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"一,1", "两,2", "十,10", "十二,12", "二十,20", "二十六,26", "一百五十,150", "一百零五,105", "两万,20000",
            "二〇一七,2017", "九,9", "30,30"})
    void parses(String numeral, long value) {
        assertThat(ChineseNumerals.parse(numeral)).hasValue(value);
    }

    @Test
    void refusesWhatIsNoNumber() {
        assertThat(ChineseNumerals.parse("一批")).isEmpty();
        assertThat(ChineseNumerals.parse("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1,一", "10,十", "12,十二", "20,二十", "99,九十九", "100,100"})
    void formats(int value, String numeral) {
        assertThat(ChineseNumerals.format(value)).isEqualTo(numeral);
    }
}
