package duban.tasks.domain.rule;

import java.util.Objects;

/**
 * A command broke a business rule of the ledger and changed nothing. The {@link #code()} is stable
 * (kebab-case) and is what callers branch on; the message is for people and names the offending
 * values.
 */
public class LedgerRuleViolation extends RuntimeException {

    private final Violation violation;

    public LedgerRuleViolation(Violation violation, String message) {
        // No stack trace: a refusal is an expected answer, not a fault, and refusals are frequent
        // under load (stale forms, double clicks); filling stack traces would cost for nothing.
        super(message, null, false, false);
        this.violation = Objects.requireNonNull(violation);
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
