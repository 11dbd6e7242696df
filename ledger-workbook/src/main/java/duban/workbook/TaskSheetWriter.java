package duban.workbook;

import static duban.workbook.LedgerLayout.*;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Fills sheet 1, {@code 工作台账}: title, 文号, headers, one row per leaf task. */
final class TaskSheetWriter {

    private final WorkbookStyles styles;

    TaskSheetWriter(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Ledger ledger, Sheet sheet) {
        int lastVisible = VISIBLE_HEADERS.size() - 1;
        heading(sheet, TITLE_ROW, ledger.planTitle(), styles.title, lastVisible).setHeightInPoints(30);
        heading(sheet, DOC_NUMBER_ROW, ledger.docNumber(), styles.subtitle, lastVisible);

        Row header = sheet.createRow(HEADER_ROW);
        for (int column = 0; column < VISIBLE_HEADERS.size(); column++) {
            cell(header, column, VISIBLE_HEADERS.get(column), styles.header);
        }
        cell(header, TASK_CODE, TASK_CODE_HEADER, styles.header);
        cell(header, MILESTONES, MILESTONES_HEADER, styles.header);

        int rowIndex = FIRST_TASK_ROW;
        for (LedgerRow task : ledger.rows()) {
            taskRow(sheet.createRow(rowIndex++), task);
        }

        for (int column = 0; column < TASK_COLUMN_WIDTHS.length; column++) {
            sheet.setColumnWidth(column, TASK_COLUMN_WIDTHS[column] * 256);
        }
        // Machine-readable columns: kept for the round trip, out of the clerk's way.
        sheet.setColumnHidden(TASK_CODE, true);
        sheet.setColumnHidden(MILESTONES, true);
        // Title, 文号 and headers stay in view while scrolling, and repeat on every printed page.
        sheet.createFreezePane(0, FIRST_TASK_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private Row heading(Sheet sheet, int rowIndex, String text, CellStyle style, int lastColumn) {
        Row row = sheet.createRow(rowIndex);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
        return row;
    }

    private void taskRow(Row row, LedgerRow task) {
        String[] texts = new String[TASK_COLUMN_WIDTHS.length];
        texts[SERIAL] = task.serial();
        texts[TASK] = task.detail().isEmpty() ? task.title() : task.title() + "\n" + task.detail();
        texts[LEAD_UNITS] = UnitNames.join(task.leadUnits());
        texts[CO_UNITS] = UnitNames.join(task.coUnits());
        texts[TIMELINE] = task.timeline();
        texts[TARGETS] = task.targets();
        texts[LATEST_PROGRESS] = task.latestProgress();
        texts[COMPLETION] = task.completion();
        texts[TASK_CODE] = task.taskCode();
        texts[MILESTONES] = MilestoneCodec.format(task.milestones());
        for (int column = 0; column < texts.length; column++) {
            cell(row, column, texts[column], column == SERIAL ? styles.centered : styles.body);
        }
        // Hidden columns do not show, so they must not make the row taller.
        row.setHeightInPoints(RowHeights.points(
                Arrays.copyOf(texts, VISIBLE_HEADERS.size()), TASK_COLUMN_WIDTHS));
    }

    private static Cell cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        // Always a text cell: 序号 "1" or a code "1.2" must not turn into a number.
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }
}
