package duban.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook in the layout of {@link LedgerLayout} back into a {@link Ledger}. Stateless and thread-safe.
 * <p>
 * Strict about the layout (sheet names, headers, cell formats of the machine-readable parts) and silent about
 * nothing: whatever does not fit is a {@link LedgerFormatException} naming sheet, row and column. Rows left
 * wholly empty between tasks are skipped, since clerks leave such gaps.
 */
public final class LedgerWorkbookReader {

    /**
     * @throws IOException            when {@code in} cannot be read
     * @throws LedgerFormatException when the bytes are not an .xlsx workbook in the ledger's layout
     */
    public Ledger read(InputStream in) throws IOException {
        // Read first, parse second: a failing stream stays an IOException, a failing parse is the file's fault.
        byte[] bytes = in.readAllBytes();
        PackageLimits.check(bytes);
        try (XSSFWorkbook workbook = open(bytes)) {
            Sheet tasks = sheet(workbook, LedgerLayout.TASK_SHEET);
            Sheet quotas = sheet(workbook, LedgerLayout.QUOTA_SHEET);
            TaskSheetReader taskReader = new TaskSheetReader(tasks);
            List<Quota> quotaList = new QuotaSheetReader(quotas).read();
            DirectorySheet.Content directory = DirectorySheet.read(workbook);
            List<Quota> nested;
            try {
                nested = directory.nest(quotaList);
            } catch (IllegalArgumentException e) {
                throw new LedgerFormatException(DirectorySheet.NAME, 0, null, e.getMessage(), e);
            }
            return new Ledger(taskReader.planTitle(), taskReader.docNumber(), taskReader.rows(), nested,
                    directory.sections(), directory.units(), directory.groups());
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI signals a non-.xlsx input with IOExceptions and unchecked exceptions alike.
            throw new LedgerFormatException(null, 0, null,
                    "not an .xlsx workbook (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new LedgerFormatException(null, 0, null, "the workbook has no sheet '" + name + "'");
        }
        if (sheet.getLastRowNum() >= PackageLimits.MAX_ROWS) {
            throw new LedgerFormatException(name, 0, null, "more than " + PackageLimits.MAX_ROWS + " rows");
        }
        return sheet;
    }
}
