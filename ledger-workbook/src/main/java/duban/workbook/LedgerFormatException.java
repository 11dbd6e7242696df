package duban.workbook;

/**
 * The workbook is not in the ledger's layout. Carries where: the sheet, the 1-based row and the column letter as
 * a spreadsheet shows them, so the REST layer can answer "目标分解!C7: …" to the clerk who uploaded the file.
 */
public final class LedgerFormatException extends RuntimeException {

    private final String sheet;
    private final int row;
    private final String column;

    /**
     * @param sheet  the sheet's name, or null when the problem concerns the whole file
     * @param row    the 1-based row, or 0 when the problem concerns the whole sheet
     * @param column the column letter ("C"), or null when the problem concerns the whole row
     */
    public LedgerFormatException(String sheet, int row, String column, String problem, Throwable cause) {
        super(location(sheet, row, column) + problem, cause);
        this.sheet = sheet;
        this.row = row;
        this.column = column;
    }

    public LedgerFormatException(String sheet, int row, String column, String problem) {
        this(sheet, row, column, problem, null);
    }

    /** The sheet's name, or null when the problem concerns the whole file. */
    public String sheet() {
        return sheet;
    }

    /** The 1-based row, or 0 when the problem concerns the whole sheet or file. */
    public int row() {
        return row;
    }

    /** The column letter, or null when the problem concerns a whole row, sheet or file. */
    public String column() {
        return column;
    }

    private static String location(String sheet, int row, String column) {
        if (sheet == null) {
            return "";
        }
        String cell = (column == null ? "" : column) + (row > 0 ? String.valueOf(row) : "");
        return cell.isEmpty() ? sheet + ": " : sheet + "!" + cell + ": ";
    }
}
