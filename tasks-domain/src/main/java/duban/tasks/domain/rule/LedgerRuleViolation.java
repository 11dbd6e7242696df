package duban.tasks.domain.rule;

import java.util.List;
import java.util.Objects;

/**
 * A command broke a business rule of the ledger and changed nothing. The {@link #code()} is stable
 * (kebab-case) and is what callers branch on; the message is for people and names the offending
 * values.
 */
public class LedgerRuleViolation extends RuntimeException {

    /** A field of the command and what is wrong with it, e.g. {@code aliases[1]}: 市财政局 already names a unit. */
    public record FieldProblem(String field, String message) {
    }

    private final Violation violation;
    private final List<FieldProblem> fields;

    public LedgerRuleViolation(Violation violation, String message, List<FieldProblem> fields) {
        // No stack trace: a refusal is an expected answer, not a fault, and refusals are frequent
        // under load (stale forms, double clicks); filling stack traces would cost for nothing.
        super(message, null, false, false);
        this.violation = Objects.requireNonNull(violation);
        this.fields = List.copyOf(fields);
    }

    /** The fields at fault, when the rule concerns particular fields; empty otherwise. */
    public List<FieldProblem> fields() {
        return fields;
    }

    /** The stable kebab-case code, e.g. {@code task-closed}. */
    public String code() {
        return violation.code();
    }

    public Violation violation() {
        return violation;
    }

    @Override
    public String toString() {
        return "LedgerRuleViolation[" + code() + "]: " + getMessage();
    }
}
