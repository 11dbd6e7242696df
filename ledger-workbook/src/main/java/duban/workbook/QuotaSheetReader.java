package duban.workbook;

import static duban.workbook.LedgerLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads sheet 2, {@code 目标分解}. */
final class QuotaSheetReader {

    private final Sheet sheet;
    private final CellText cells;

    QuotaSheetReader(Sheet sheet) {
        this.sheet = sheet;
        this.cells = new CellText(sheet);
    }

    List<Quota> read() {
        for (int index = 0; index < QUOTA_LABELS.size(); index++) {
            String found = cells.text(sheet.getRow(index), 0).strip();
            if (!found.equals(QUOTA_LABELS.get(index))) {
                throw cells.error(index, 0,
                        "expected the label '" + QUOTA_LABELS.get(index) + "' but found '" + found + "'");
            }
        }
        Map<Integer, String> units = units();
        Row descriptions = sheet.getRow(QUOTA_DESCRIPTION_ROW);
        List<Quota> quotas = new ArrayList<>();
        if (descriptions.getLastCellNum() > PackageLimits.MAX_COLUMNS) {
            throw cells.error(QUOTA_DESCRIPTION_ROW, 0, "more than " + PackageLimits.MAX_COLUMNS + " targets");
        }
        for (int column = 1; column < descriptions.getLastCellNum(); column++) {
            String description = cells.text(descriptions, column).strip();
            if (description.isEmpty()) {
                // A column without a target must not hide shares: a share needs its target.
                requireEmptyColumn(column, units);
                continue;
            }
            quotas.add(quota(column, description, units));
        }
        return quotas;
    }

    /** Row index → unit name, for every row that names a unit. */
    private Map<Integer, String> units() {
        Map<Integer, String> units = new LinkedHashMap<>();
        for (int index = FIRST_UNIT_ROW; index <= sheet.getLastRowNum(); index++) {
            String unit = cells.text(sheet.getRow(index), 0).strip();
            if (!unit.isEmpty()) {
                if (units.containsValue(unit)) {
                    throw cells.error(index, 0, "the unit '" + unit + "' has a row already");
                }
                units.put(index, unit);
            } else if (sheet.getRow(index) != null
                    && !cells.isBlank(sheet.getRow(index), Math.max(0, sheet.getRow(index).getLastCellNum() - 1))) {
                throw cells.error(index, 0, "a row with shares needs its unit in column A");
            }
        }
        return units;
    }

    private Quota quota(int column, String description, Map<Integer, String> units) {
        String totalText = cells.text(sheet.getRow(QUOTA_TOTAL_ROW), column).strip();
        BigDecimal total = null;
        if (!totalText.isEmpty()) {
            try {
                total = new BigDecimal(totalText);
            } catch (NumberFormatException e) {
                throw cells.error(QUOTA_TOTAL_ROW, column, "合计 must be a number, not '" + totalText + "'", e);
            }
        }
        Map<String, Allocation> allocations = new LinkedHashMap<>();
        units.forEach((index, unit) -> {
            Row row = sheet.getRow(index);
            BigDecimal number = cells.number(row, column);
            String text = cells.text(row, column).strip();
            if (number != null) {
                allocations.put(unit, new Allocation(number, number, false));
            } else if (!text.isEmpty()) {
                try {
                    allocations.put(unit, AllocationCodec.parse(text));
                } catch (IllegalArgumentException e) {
                    throw cells.error(index, column, e.getMessage(), e);
                }
            }
        });
        return new Quota(
                cells.text(sheet.getRow(QUOTA_TASK_CODE_ROW), column).strip(),
                description,
                cells.text(sheet.getRow(QUOTA_MEASURE_WORD_ROW), column).strip(),
                total,
                allocations);
    }

    private void requireEmptyColumn(int column, Map<Integer, String> units) {
        for (int index : units.keySet()) {
            if (!cells.text(sheet.getRow(index), column).isBlank()) {
                throw cells.error(index, column, "a share in a column without a target (row 1 is empty)");
            }
        }
    }
}
