package duban.workbook;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Ledger} as an .xlsx workbook in the layout of {@link LedgerLayout}: sheet 1 {@code 工作台账},
 * sheet 2 {@code 目标分解},
 * and the hidden sheet 3 {@code 名录} ({@link DirectorySheet}). Stateless and thread-safe.
 */
public final class LedgerWorkbookWriter {

    /** Writes the workbook to {@code out}; does not close {@code out}. */
    public void write(Ledger ledger, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            new TaskSheetWriter(styles).write(ledger, workbook.createSheet(LedgerLayout.TASK_SHEET));
            new QuotaSheetWriter(styles).write(ledger.quotas(), workbook.createSheet(LedgerLayout.QUOTA_SHEET));
            DirectorySheet.write(ledger, workbook, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }
}
