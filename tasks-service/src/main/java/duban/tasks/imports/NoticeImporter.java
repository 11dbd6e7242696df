package duban.tasks.imports;

import duban.http.problem.ProblemException;
import duban.tasks.imports.directory.IssuerScope;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.imports.directory.UnitDirectoryTable;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.header.HeaderFacts;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
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
        return scoped(text).notice();
    }

    private record Scoped(ParsedNotice notice, KnownUnits directory, IssuerScope scope) {
    }

    /**
     * Parses against the part of the directory the notice's issuer may mean: the header is read first (it needs
     * no directory), then the notice against the units of its city and of no city.
     */
    private Scoped scoped(String text) {
        HeaderFacts header = NoticeParser.header(text);
        IssuerScope scope = IssuerScope.of(header.issuer(), header.docNumber());
        KnownUnits directory = directoryTable.read(scope);
        ParsedNotice notice = NoticeParser.parse(text, directory);
        if (!scope.known()) {
            List<Warning> warnings = new ArrayList<>();
            warnings.add(new Warning(1, WarningCode.CITY_UNKNOWN, "no city data file matches the issuer "
                    + (scope.place().isEmpty() ? "(none given)" : scope.place())
                    + ": units keep the names as written and are not matched to another city's units",
                    scope.place()));
            warnings.addAll(notice.warnings());
            notice = new ParsedNotice(notice.plan(), notice.tasks(), notice.provisions(), notice.units(),
                    notice.groups(), warnings, notice.account());
        }
        return new Scoped(notice, directory, scope);
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
        Scoped scoped = scoped(text);
        ParsedNotice notice = scoped.notice();
        if (notice.allTasks().isEmpty()) {
            // Without a task it is no plan: registering one would only leave an empty plan to clean up.
            throw new ProblemException(422, "notice-without-tasks", "Nothing to import",
                    "the text has no numbered task (一、 / (一) / 1. / (1)); check it with dryRun=true");
        }
        ImportScript script = NoticeCommands.script(notice, scoped.directory(), PlanKey.of(notice.plan(), text),
                scoped.scope());
        ScriptRunner.Outcome outcome = runner.run(script, idempotencyKey);
        return new Outcome(outcome.summary(), outcome.created());
    }
}
