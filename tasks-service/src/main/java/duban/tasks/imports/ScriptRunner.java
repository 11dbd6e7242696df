package duban.tasks.imports;

import duban.tasks.eventstore.StoredEvents;
import duban.tasks.imports.ImportStep.Kind;
import duban.tasks.infrastructure.web.Commands;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends the commands of an {@link ImportScript} in the caller's transaction, skipping what exists: an aggregate
 * the store holds was imported whole before (imports are atomic), its milestones and targets too. Shared by
 * every import (notice, ledger workbook), so all of them are idempotent alike.
 */
@RequestScoped
public class ScriptRunner {

    @Inject
    StoredEvents events;

    @Inject
    Commands commands;

    /** The summary, and whether anything new was recorded. */
    public record Outcome(ImportSummary summary, boolean created) {
    }

    public Outcome run(ImportScript script, String idempotencyKey) {
        Set<String> existing = events.existing(createdIds(script.steps()));
        Map<Kind, Integer> sent = new EnumMap<>(Kind.class);
        int skipped = 0;
        for (ImportStep step : script.steps()) {
            if (step.kind().doneWithExistingAggregate() && existing.contains(step.aggregateId())) {
                skipped++;
                continue;
            }
            commands.send(step.command(), idempotencyKey);
            sent.merge(step.kind(), 1, Integer::sum);
        }
        ImportSummary summary = new ImportSummary(script.planId(), count(sent, Kind.TASK), count(sent, Kind.UNIT),
                count(sent, Kind.GROUP), count(sent, Kind.MILESTONE), count(sent, Kind.TARGET), count(sent, Kind.ALIAS), skipped,
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
