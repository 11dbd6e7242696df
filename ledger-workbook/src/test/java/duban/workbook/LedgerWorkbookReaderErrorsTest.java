package duban.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook not in the ledger's layout fails with sheet, row and column; nothing is skipped silently. */
class LedgerWorkbookReaderErrorsTest {

    @Test
    void bytesThatAreNoWorkbook() {
        LedgerFormatException error = readFails("序号,任务\n1,x".getBytes(StandardCharsets.UTF_8));

        assertThat(error.sheet()).isNull();
        assertThat(error.row()).isZero();
        assertThat(error).hasMessageStartingWith("not an .xlsx workbook");
    }

    @Test
    void aMissingSheet() {
        LedgerFormatException error = readFails(edited(workbook -> workbook.removeSheetAt(1)));

        assertThat(error).hasMessage("the workbook has no sheet '目标分解'");
    }

    @Test
    void aWrongHeader() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("工作台账").getRow(2).getCell(3).setCellValue("配合单位")));

        assertThat(error.sheet()).isEqualTo("工作台账");
        assertThat(error.row()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("D");
        assertThat(error).hasMessage("工作台账!D3: expected the header '同责单位' but found '配合单位'");
    }

    @Test
    void aMissingHiddenColumn() {
        LedgerFormatException error = readFails(edited(workbook -> {
            var header = workbook.getSheet("工作台账").getRow(2);
            header.removeCell(header.getCell(9));
        }));

        assertThat(error).hasMessage("工作台账!J3: expected the header '里程碑' but found ''");
    }

    @Test
    void aTaskRowWithoutTitle() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("工作台账").getRow(4).getCell(1).setCellValue("  ")));

        assertThat(error).hasMessage("工作台账!B5: a task row needs a title in 任务");
    }

    @Test
    void aMilestoneLineThatDoesNotParse() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("工作台账").getRow(3).getCell(9).setCellValue("2017年10月底前|明确清单")));

        assertThat(error.column()).isEqualTo("J");
        assertThat(error.row()).isEqualTo(4);
        assertThat(error).hasMessageContaining("milestone line 1 must read yyyy-MM-dd|flags|description");
    }

    @Test
    void aMilestoneWithAnUnknownFlag() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("工作台账").getRow(3).getCell(9).setCellValue("2017-10-31||x\n2017-11-30|争取|y")));

        assertThat(error).hasMessageContaining("milestone line 2 has an unknown flag '争取'");
    }

    @Test
    void aShareThatDoesNotParse() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("目标分解").getRow(4).getCell(1).setCellValue("两家")));

        assertThat(error.sheet()).isEqualTo("目标分解");
        assertThat(error).hasMessage("目标分解!B5: a share must read like 2, 1-2, 谋划1 or 各5, not '两家'");
    }

    @Test
    void aTotalThatIsNoNumber() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("目标分解").getRow(2).getCell(1).setCellValue("三十")));

        assertThat(error).hasMessageStartingWith("目标分解!B3: 合计 must be a number");
    }

    @Test
    void aShareWithoutItsUnit() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("目标分解").getRow(5).getCell(0).setCellValue("")));

        assertThat(error).hasMessage("目标分解!A6: a row with shares needs its unit in column A");
    }

    @Test
    void aShareWithoutItsTarget() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("目标分解").getRow(0).getCell(2).setCellValue("")));

        assertThat(error.column()).isEqualTo("C");
        assertThat(error).hasMessageContaining("a share in a column without a target");
    }

    @Test
    void aUnitWithTwoRows() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("目标分解").getRow(5).getCell(0).setCellValue("红旗区")));

        assertThat(error).hasMessage("目标分解!A6: the unit '红旗区' has a row already");
    }

    @Test
    void aWrongQuotaLabel() {
        LedgerFormatException error = readFails(edited(workbook ->
                workbook.getSheet("目标分解").getRow(2).getCell(0).setCellValue("总数")));

        assertThat(error).hasMessage("目标分解!A3: expected the label '合计' but found '总数'");
    }

    @Test
    void aFailingStreamStaysAnIoException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> new LedgerWorkbookReader().read(broken))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(LedgerFormatException.class);
    }

    @Test
    void blankRowsBetweenTasksAreSkipped() {
        byte[] bytes = edited(workbook -> workbook.getSheet("工作台账").shiftRows(5, 8, 2));

        assertThat(Workbooks.read(bytes)).isEqualTo(SeedLedger.ledger());
    }

    private static byte[] edited(Consumer<XSSFWorkbook> edit) {
        XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(SeedLedger.ledger()));
        edit.accept(workbook);
        return Workbooks.bytes(workbook);
    }

    private static LedgerFormatException readFails(byte[] bytes) {
        try {
            new LedgerWorkbookReader().read(new ByteArrayInputStream(bytes));
        } catch (LedgerFormatException expected) {
            return expected;
        } catch (IOException e) {
            throw new AssertionError("expected a LedgerFormatException", e);
        }
        throw new AssertionError("expected a LedgerFormatException, read the workbook instead");
    }
}
