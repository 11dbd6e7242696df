package duban.tasks.imports;

import duban.http.problem.ProblemException;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.imports.directory.UnitDirectoryTable;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.model.ParsedNotice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a notice (通知) into the ledger: parses it against the unit directory and sends the commands of its
 * {@link ImportScript} in one transaction, so an import is recorded whole or not at all. Idempotent: every id
 * is derived from the notice, and what exists already (an aggregate, or the milestones and targets of a task
 * that exists) is skipped rather than refused.
 */
@RequestScoped
public class NoticeImporter {

    @Inject
    UnitDirectoryTable directoryTable;

    @Inject
    ScriptRunner runner;

    @ConfigProperty(name = "duban.imports.transaction-timeout", defaultValue = "120")
    int transactionTimeoutSeconds;

    /** What the import would do, without doing it (dry run). */
    public ParsedNotice parse(String text) {
        return NoticeParser.parse(text, directoryTable.read());
    }

    /** The summary, and whether anything new was recorded. */
    public record Outcome(ImportSummary summary, boolean created) {
    }

    @Timed(value = "duban.imports", description = "Imports of a plan, parse and commands in one transaction",
            extraTags = {"source", "notice"})
    public Outcome importNotice(String text, String idempotencyKey) {
        return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds)
                .call(() -> run(text, idempotencyKey));
    }

    private Outcome run(String text, String idempotencyKey) {
        KnownUnits directory = directoryTable.read();
        ParsedNotice notice = NoticeParser.parse(text, directory);
        if (notice.allTasks().isEmpty()) {
            // Without a task it is no plan: registering one would only leave an empty plan to clean up.
            throw new ProblemException(422, "notice-without-tasks", "Nothing to import",
                    "the text has no numbered task (一、 / (一) / 1. / (1)); check it with dryRun=true");
        }
        ImportScript script = NoticeCommands.script(notice, directory, PlanKey.of(notice.plan(), text));
        ScriptRunner.Outcome outcome = runner.run(script, idempotencyKey);
        return new Outcome(outcome.summary(), outcome.created());
    }
}
