package duban.workbook;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/** Reads cells as text or quantities and turns bad cells into a {@link LedgerFormatException} at their place. */
final class CellText {

    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter();

    CellText(Sheet sheet) {
        this.sheet = sheet;
    }

    /** The cell's text as the sheet shows it; "" for a missing or blank cell. */
    String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BLANK, _NONE, ERROR -> "";
            default -> formatter.formatCellValue(cell);
        };
    }

    /** A numeric cell as a quantity, or null when the cell is not numeric. */
    BigDecimal number(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? Quantities.normalize(BigDecimal.valueOf(cell.getNumericCellValue())) : null;
    }

    boolean isBlank(Row row, int lastColumn) {
        for (int column = 0; column <= lastColumn; column++) {
            if (!text(row, column).isBlank()) {
                return false;
            }
        }
        return true;
    }

    LedgerFormatException error(int rowIndex, int column, String problem, Throwable cause) {
        return new LedgerFormatException(sheet.getSheetName(), rowIndex + 1,
                CellReference.convertNumToColString(column), problem, cause);
    }

    LedgerFormatException error(int rowIndex, int column, String problem) {
        return error(rowIndex, column, problem, null);
    }
}
