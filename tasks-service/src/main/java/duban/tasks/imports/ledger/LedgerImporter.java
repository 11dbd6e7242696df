package duban.tasks.imports.ledger;

import duban.http.problem.ProblemException;
import duban.tasks.imports.ImportScript;
import duban.tasks.imports.NoticeCommands;
import duban.tasks.imports.ScriptRunner;
import duban.tasks.imports.directory.FullNames;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.imports.directory.UnitDirectoryTable;
import duban.tasks.notice.model.ParsedNotice;
import duban.workbook.Ledger;
import duban.workbook.LedgerFormatException;
import duban.workbook.LedgerWorkbookReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a 工作台账 workbook: reads it ({@link LedgerWorkbookReader}), maps it to the notice model
 * ({@link LedgerNotice}) and sends the commands of the same pipeline as a notice import, in one transaction.
 * The plan is keyed by the 文号 in the workbook (else its title), so the export of an imported notice imports
 * into the very same plan, and importing a file twice changes nothing.
 */
@RequestScoped
public class LedgerImporter {

    @Inject
    UnitDirectoryTable directoryTable;

    @Inject
    ScriptRunner runner;

    @ConfigProperty(name = "duban.imports.transaction-timeout", defaultValue = "120")
    int transactionTimeoutSeconds;

    private final LedgerWorkbookReader reader = new LedgerWorkbookReader();

    /** What the import would do (dry run): the plan as the notice model, with warnings. */
    public ParsedNotice parse(byte[] workbook) {
        return LedgerNotice.of(read(workbook), directoryTable.read());
    }

    @Timed(value = "duban.imports", description = "Imports of a plan, parse and commands in one transaction",
            extraTags = {"source", "ledger"})
    public ScriptRunner.Outcome importLedger(byte[] workbook, String idempotencyKey) {
        Ledger ledger = read(workbook);
        return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(() -> {
            KnownUnits directory = directoryTable.read();
            ParsedNotice notice = LedgerNotice.of(ledger, directory);
            if (notice.allTasks().isEmpty()) {
                throw new ProblemException(422, "ledger-without-tasks", "Nothing to import",
                        "the workbook has no task row below the headers of 工作台账");
            }
            ImportScript script = NoticeCommands.script(notice, directory, planKey(ledger, workbook),
                    FullNames.asWritten());
            return runner.run(script, idempotencyKey);
        });
    }

    private Ledger read(byte[] workbook) {
        try {
            return reader.read(new ByteArrayInputStream(workbook));
        } catch (LedgerFormatException e) {
            if (e.sheet() == null && e.getMessage().startsWith("not an .xlsx")) {
                throw new ProblemException(415, "not-an-xlsx", "Unsupported media type",
                        "the body is not an Excel .xlsx workbook");
            }
            if (e.sheet() == null && e.getMessage().startsWith("the workbook is too large")) {
                throw new ProblemException(413, "ledger-too-large", "Workbook too large", e.getMessage());
            }
            throw new ProblemException(422, "ledger-layout", "Not the ledger's layout", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 文号, else the title; a workbook with neither is known by its bytes alone. */
    private static String planKey(Ledger ledger, byte[] workbook) {
        if (!ledger.docNumber().isBlank()) {
            return ledger.docNumber();
        }
        if (!ledger.planTitle().isBlank()) {
            return ledger.planTitle();
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(workbook));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
