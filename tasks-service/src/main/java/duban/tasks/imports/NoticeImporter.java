package duban.tasks.imports;

import duban.http.problem.ProblemException;
import duban.tasks.imports.ImportStep.Kind;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.imports.directory.UnitDirectoryTable;
import duban.tasks.infrastructure.web.Commands;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.model.ParsedNotice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    ExistingAggregates existingAggregates;

    @Inject
    Commands commands;

    @ConfigProperty(name = "duban.imports.transaction-timeout", defaultValue = "120")
    int transactionTimeoutSeconds;

    /** What the import would do, without doing it (dry run). */
    public ParsedNotice parse(String text) {
        return NoticeParser.parse(text, directoryTable.read());
    }

    /** The summary, and whether anything new was recorded. */
    public record Outcome(ImportSummary summary, boolean created) {
    }

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
        Set<String> existing = existingAggregates.among(createdIds(script.steps()));
        Map<Kind, Integer> sent = new EnumMap<>(Kind.class);
        int skipped = 0;
        for (ImportStep step : script.steps()) {
            // A task that exists was imported whole before (imports are atomic): its milestones and targets too.
            if (existing.contains(step.aggregateId())) {
                skipped++;
                continue;
            }
            commands.send(step.command(), idempotencyKey);
            sent.merge(step.kind(), 1, Integer::sum);
        }
        ImportSummary summary = new ImportSummary(script.planId(), count(sent, Kind.TASK), count(sent, Kind.UNIT),
                count(sent, Kind.GROUP), count(sent, Kind.MILESTONE), count(sent, Kind.TARGET), skipped,
                script.warnings());
        return new Outcome(summary, !sent.isEmpty());
    }

    private static Set<String> createdIds(List<ImportStep> steps) {
        Set<String> ids = new HashSet<>();
        steps.stream().filter(step -> step.kind().createsAggregate()).forEach(step -> ids.add(step.aggregateId()));
        return ids;
    }

    private static int count(Map<Kind, Integer> sent, Kind kind) {
        return sent.getOrDefault(kind, 0);
    }
}
