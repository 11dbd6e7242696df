package duban.workbook;

import static duban.workbook.LedgerLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Fills sheet 2, {@code 目标分解}: units down, targets across, shares in the cells. */
final class QuotaSheetWriter {

    private final WorkbookStyles styles;

    QuotaSheetWriter(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(List<Quota> quotas, Sheet sheet) {
        List<String> units = unitsInOrder(quotas);
        Row description = labelRow(sheet, QUOTA_DESCRIPTION_ROW, QUOTA_DESCRIPTION_LABEL);
        Row measureWord = labelRow(sheet, QUOTA_MEASURE_WORD_ROW, QUOTA_MEASURE_WORD_LABEL);
        Row total = labelRow(sheet, QUOTA_TOTAL_ROW, QUOTA_TOTAL_LABEL);
        Row taskCode = labelRow(sheet, QUOTA_TASK_CODE_ROW, QUOTA_TASK_CODE_LABEL);
        List<Row> unitRows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Row row = sheet.createRow(FIRST_UNIT_ROW + i);
            text(row, 0, units.get(i), styles.body);
            unitRows.add(row);
        }

        int descriptionLines = 1;
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            int column = q + 1;
            text(description, column, quota.description(), styles.header);
            text(measureWord, column, quota.measureWord(), styles.centered);
            if (quota.total() == null) {
                text(total, column, "", styles.centered);
            } else {
                number(total, column, quota.total(), styles.centered);
            }
            text(taskCode, column, quota.taskCode(), styles.centered);
            for (int u = 0; u < units.size(); u++) {
                Allocation share = quota.allocations().get(units.get(u));
                Row row = unitRows.get(u);
                if (share == null) {
                    text(row, column, "", styles.centered);
                } else if (!share.soft() && !share.isRange() && !share.each()) {
                    // A plain count stays a number, so a clerk can sum the column.
                    number(row, column, share.min(), styles.centered);
                } else {
                    text(row, column, AllocationCodec.format(share), styles.centered);
                }
            }
            descriptionLines = Math.max(descriptionLines, RowHeights.lines(quota.description(), TARGET_COLUMN_WIDTH));
            sheet.setColumnWidth(column, TARGET_COLUMN_WIDTH * 256);
        }
        description.setHeightInPoints(RowHeights.points(new String[] {""}, new int[] {1}) * descriptionLines);
        sheet.setColumnWidth(0, UNIT_COLUMN_WIDTH * 256);
        taskCode.setZeroHeight(true);
        sheet.createFreezePane(1, FIRST_UNIT_ROW);
    }

    /** Every unit once, in the order the quotas name them: the first target's order reads like the notice. */
    private static List<String> unitsInOrder(List<Quota> quotas) {
        Set<String> units = new LinkedHashSet<>();
        quotas.forEach(quota -> units.addAll(quota.allocations().keySet()));
        return List.copyOf(units);
    }

    private Row labelRow(Sheet sheet, int index, String label) {
        Row row = sheet.createRow(index);
        text(row, 0, label, styles.header);
        return row;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
