package duban.tasks.infrastructure.web;

import duban.http.problem.DatabaseUnavailable;
import duban.http.problem.Problem;
import duban.http.problem.ProblemMappers;
import duban.tasks.audit.chain.ChainedAppendEvents;
import duban.tasks.domain.rule.LedgerRuleViolation;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the command side's refusals to problem responses with stable types. */
public class CommandProblems {

    @ServerExceptionMapper
    public Response ruleViolated(LedgerRuleViolation e) {
        int status = switch (e.violation().kind()) {
            case INVALID_INPUT -> 422;
            case STATE_CONFLICT -> 409;
            case NOT_PERMITTED -> 403;
        };
        List<Problem.FieldError> fields = e.fields().stream()
                .map(field -> new Problem.FieldError(field.field(), field.message())).toList();
        return ProblemMappers.respond(status, e.code(), "Refused by a ledger rule", e.getMessage(), fields);
    }

    @ServerExceptionMapper
    public Response notFound(AggregateNotFoundException e) {
        return ProblemMappers.respond(404, "not-found", "Not found",
                "no such " + "record: " + e.getAggregateIdentifier(), List.of());
    }

    @ServerExceptionMapper
    public Response staleVersion(ConflictingAggregateVersionException e) {
        return ProblemMappers.respond(412, "stale-version", "Precondition failed",
                "it changed since version " + e.getExpectedVersion() + "; it is now at version "
                        + e.getActualVersion() + ": reload it and try again", List.of());
    }

    @ServerExceptionMapper
    public Response storeConflict(EventStoreException e) {
        if (DatabaseUnavailable.causedBy(e)) {
            // The append could not reach the store: no conflict, and a retry will do.
            return DatabaseUnavailable.response();
        }
        if (ChainedAppendEvents.refusedForBrokenChain(e)) {
            // Not the client's doing, and a retry cannot help: the store itself needs an auditor.
            return ProblemMappers.respond(500, "broken-chain", "The record's history is broken",
                    "an earlier event of this record is missing from the store, so nothing was recorded;"
                            + " GET /api/v1/audit/verify names it", List.of());
        }
        if (e.getMessage() != null && e.getMessage().contains("already exists")) {
            return ProblemMappers.respond(409, "already-exists", "Conflict",
                    "a record with this id already exists", List.of());
        }
        return ProblemMappers.respond(409, "concurrent-modification", "Conflict",
                "another change was recorded at the same moment; reload and try again", List.of());
    }
}
