package duban.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecTest {

    @Test
    void sharesFormatAsTheNoticeWritesThem() {
        assertThat(AllocationCodec.format(Allocation.of(2))).isEqualTo("2");
        assertThat(AllocationCodec.format(Allocation.range(1, 2))).isEqualTo("1-2");
        assertThat(AllocationCodec.format(Allocation.of(1).asSoft())).isEqualTo("谋划1");
        assertThat(AllocationCodec.format(Allocation.range(1, 2).asSoft())).isEqualTo("谋划1-2");
    }

    @Test
    void aShareEveryMemberHoldsReadsWith各() {
        assertThat(AllocationCodec.format(Allocation.of(5).asEach())).isEqualTo("各5");
        assertThat(AllocationCodec.format(Allocation.range(1, 2).asSoft().asEach())).isEqualTo("谋划各1-2");
        assertThat(AllocationCodec.parse("谋划各1-2")).isEqualTo(Allocation.range(1, 2).asSoft().asEach());
        assertThat(AllocationCodec.parse("各 5")).isEqualTo(Allocation.of(5).asEach());
    }

    @Test
    void sharesParseWithSpacesAndFullWidthTilde() {
        assertThat(AllocationCodec.parse(" 谋划 1 ～ 2 ")).isEqualTo(Allocation.range(1, 2).asSoft());
        assertThat(AllocationCodec.parse("2.50")).isEqualTo(
                new Allocation(new BigDecimal("2.5"), new BigDecimal("2.5"), false));
        assertThatThrownBy(() -> AllocationCodec.parse("3-1")).hasMessageContaining("low to high");
        assertThatThrownBy(() -> AllocationCodec.parse("力争2")).hasMessageContaining("a share must read like");
    }

    @Test
    void milestonesSurviveSeparatorsBackslashesAndLineBreaks() {
        List<Milestone> milestones = List.of(
                new Milestone(LocalDate.of(2017, 12, 31), "a|b\\c\nd", true, true),
                new Milestone(LocalDate.of(2017, 11, 15), "", false, false));

        String cell = MilestoneCodec.format(milestones);

        assertThat(cell.lines()).hasSize(2);
        assertThat(cell).startsWith("2017-12-31|力争,已完成|a|b\\\\c\\nd");
        assertThat(MilestoneCodec.parse(cell)).isEqualTo(milestones);
    }

    @Test
    void anImpossibleDateIsRejected() {
        assertThatThrownBy(() -> MilestoneCodec.parse("2017-02-30||x")).hasMessageContaining("no valid date");
    }

    @Test
    void unitNamesSplitOnLinesSoGroupNamesKeepTheirComma() {
        assertThat(UnitNames.split("市科技局\r\n 各县(市)、区 \n\n")).containsExactly("市科技局", "各县(市)、区");
    }

    @Test
    void rowHeightsCountChineseAsDoubleWidth() {
        assertThat(RowHeights.displayWidth("高新区a")).isEqualTo(7);
        assertThat(RowHeights.lines("一二三四五六七八九十", 11)).isEqualTo(2);
        assertThat(RowHeights.lines("a\nb", 10)).isEqualTo(2);
    }

    @Test
    void theModelRejectsWhatWouldNotReadBack() {
        assertThatThrownBy(() -> new LedgerRow("", "", "两\n行", "", null, null, "", null, "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerRow("", "", "t", "", List.of(" 高新区"), null, "", null, "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.range(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
