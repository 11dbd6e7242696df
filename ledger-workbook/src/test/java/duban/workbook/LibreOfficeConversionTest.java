package duban.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written workbook opens in LibreOffice: converted headless to CSV (every sheet, UTF-8), its text is checked.
 * Needs soffice on PATH; see {@link Soffice} for what happens without it.
 */
class LibreOfficeConversionTest {

    /**
     * CSV filter options: comma, double quote, UTF-8 (76), from line 1, …, and the last token -1 = every sheet,
     * one file per sheet named {@code <file>-<sheet>.csv} (LibreOffice 7.2 and later).
     */
    private static final String ALL_SHEETS_AS_UTF8_CSV =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @Test
    void theLedgerConvertsToCsvWithItsChineseHeadersTasksAndShares(@TempDir Path dir) throws Exception {
        Soffice soffice = Soffice.onPathOrSkip();
        Path xlsx = dir.resolve("ledger.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new LedgerWorkbookWriter().write(SeedLedger.ledger(), out);
        }
        Path outDir = Files.createDirectory(dir.resolve("out"));

        long started = System.nanoTime();
        String console = soffice.convert(xlsx, ALL_SHEETS_AS_UTF8_CSV, outDir, dir);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("LibreOffice converted the ledger to CSV in " + millis + " ms");

        Path ledgerCsv = outDir.resolve("ledger-工作台账.csv");
        Path quotaCsv = outDir.resolve("ledger-目标分解.csv");
        assertThat(ledgerCsv).as("soffice said: %s", console).exists();
        assertThat(quotaCsv).as("soffice said: %s", console).exists();

        String ledger = Files.readString(ledgerCsv, StandardCharsets.UTF_8);
        assertThat(ledger.lines().toList().get(2))
                .startsWith("序号,任务,牵头单位,同责单位,时间进度,目标分解,最新进展,完成情况");
        assertThat(ledger).contains(SeedLedger.PLAN_TITLE, SeedLedger.DOC_NUMBER,
                SeedLedger.HIGH_TECH_TITLE, "一.(二).1.(2)", "各县(市)、区");

        String quotas = Files.readString(quotaCsv, StandardCharsets.UTF_8);
        assertThat(quotas).contains("新培育高新技术企业", "谋划1", "谋划1-2", "1-2");
        // Plain shares are number cells; they must show as whole numbers, not 2.00.
        assertThat(quotas.lines()).contains("红旗区,2,3,5");
    }

    @Test
    void aLedgerSavedAgainByLibreOfficeReadsBackEqual(@TempDir Path dir) throws Exception {
        // A clerk opens the export in LibreOffice, edits, saves as .xlsx, and uploads: the machine-readable parts
        // (hidden columns, hidden row, line breaks, text cells) must survive LibreOffice's own writer.
        Soffice soffice = Soffice.onPathOrSkip();
        Path exported = Files.createDirectory(dir.resolve("exported")).resolve("ledger.xlsx");
        try (OutputStream out = Files.newOutputStream(exported)) {
            new LedgerWorkbookWriter().write(SeedLedger.ledger(), out);
        }
        Path outDir = Files.createDirectory(dir.resolve("saved"));

        String console = soffice.convert(exported, "xlsx:Calc MS Excel 2007 XML", outDir, dir);

        Path saved = outDir.resolve("ledger.xlsx");
        assertThat(saved).as("soffice said: %s", console).exists();
        try (InputStream in = Files.newInputStream(saved)) {
            assertThat(new LedgerWorkbookReader().read(in)).isEqualTo(SeedLedger.ledger());
        }
    }
}
