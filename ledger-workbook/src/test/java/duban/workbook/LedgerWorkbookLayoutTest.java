package duban.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a clerk sees when opening the file: checked through POI on the written bytes. */
class LedgerWorkbookLayoutTest {

    private XSSFWorkbook workbook;

    @BeforeEach
    void write() {
        workbook = Workbooks.open(Workbooks.bytes(SeedLedger.ledger()));
    }

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    @Test
    void theSheetsAreTheLedgerAndTheQuotaTable() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        assertThat(workbook.getSheetName(0)).isEqualTo("工作台账");
        assertThat(workbook.getSheetName(1)).isEqualTo("目标分解");
        // The third keeps what only the importer reads (the tree above the rows, units, groups), out of sight.
        assertThat(workbook.getSheetName(2)).isEqualTo("名录");
        assertThat(workbook.isSheetHidden(2)).isTrue();
    }

    @Test
    void titleAndDocNumberStandAboveTheHeaders() {
        XSSFSheet sheet = workbook.getSheet("工作台账");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(SeedLedger.PLAN_TITLE);
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(SeedLedger.DOC_NUMBER);
        assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
            assertThat(region.getFirstRow()).isZero();
            assertThat(region.getLastColumn()).isEqualTo(7);
        });
    }

    @Test
    void theVisibleHeadersAreExactlyTheLedgerColumnsInBold() {
        XSSFSheet sheet = workbook.getSheet("工作台账");
        Row header = sheet.getRow(2);
        List<String> visible = new ArrayList<>();
        for (Cell cell : header) {
            if (!sheet.isColumnHidden(cell.getColumnIndex())) {
                visible.add(cell.getStringCellValue());
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
        }
        assertThat(visible).containsExactly("序号", "任务", "牵头单位", "同责单位", "时间进度", "目标分解", "最新进展", "完成情况");
    }

    @Test
    void theMachineReadableColumnsAreHidden() {
        XSSFSheet sheet = workbook.getSheet("工作台账");
        assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("任务编码");
        assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("里程碑");
        assertThat(sheet.isColumnHidden(8)).isTrue();
        assertThat(sheet.isColumnHidden(9)).isTrue();
        for (int column = 0; column < 8; column++) {
            assertThat(sheet.isColumnHidden(column)).as("column %d", column).isFalse();
        }
    }

    @Test
    void theHeaderRowIsFrozen() {
        PaneInformation pane = workbook.getSheet("工作台账").getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(pane.getVerticalSplitPosition()).isZero();
    }

    @Test
    void oneRowPerLeafTaskWithWrappedTextAndGrownHeight() {
        XSSFSheet sheet = workbook.getSheet("工作台账");
        assertThat(sheet.getLastRowNum()).isEqualTo(2 + SeedLedger.ledger().rows().size());
        Row highTech = sheet.getRow(6);
        assertThat(highTech.getCell(0).getStringCellValue()).isEqualTo("一.(二).1.(2)");
        assertThat(highTech.getCell(1).getStringCellValue()).startsWith(SeedLedger.HIGH_TECH_TITLE + "\n");
        assertThat(highTech.getCell(2).getStringCellValue()).isEqualTo("市科技局\n市财政局\n市国税局\n市地税局");
        for (Cell cell : highTech) {
            assertThat(cell.getCellStyle().getWrapText()).as("wrap in column %d", cell.getColumnIndex()).isTrue();
        }
        assertThat(highTech.getHeightInPoints()).isGreaterThan(4 * 15f);
    }

    @Test
    void columnWidthsGiveProseRoomAndKeepSerialNarrow() {
        XSSFSheet sheet = workbook.getSheet("工作台账");
        // 1/256 of a character: the 任务 column shows some 24 Chinese characters per line, 序号 some 7.
        assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(40 * 256);
        assertThat(sheet.getColumnWidth(4)).isGreaterThanOrEqualTo(30 * 256);
        assertThat(sheet.getColumnWidth(0)).isBetween(10 * 256, 16 * 256);
    }

    @Test
    void theQuotaTableHasUnitsDownTargetsAcrossAndReadableShares() {
        XSSFSheet sheet = workbook.getSheet("目标分解");
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("新培育高新技术企业");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("家");
        assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(30d);
        assertThat(sheet.getRow(3).getZeroHeight()).as("task code row hidden").isTrue();

        Row hongqi = rowOf(sheet, "红旗区");
        assertThat(hongqi.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(hongqi.getCell(1).getNumericCellValue()).isEqualTo(2d);
        assertThat(rowOf(sheet, "原阳县").getCell(1).getStringCellValue()).isEqualTo("谋划1");
        assertThat(rowOf(sheet, "凤泉区").getCell(2).getStringCellValue()).isEqualTo("谋划1-2");
        assertThat(rowOf(sheet, "河南工学院").getCell(3).getStringCellValue()).isEqualTo("1-2");
        assertThat(rowOf(sheet, "河南工学院").getCell(1).getStringCellValue()).isEmpty();

        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 4);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
    }

    private static Row rowOf(XSSFSheet sheet, String unit) {
        for (Row row : sheet) {
            if (row.getRowNum() >= 4 && row.getCell(0).getStringCellValue().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unit);
    }
}
