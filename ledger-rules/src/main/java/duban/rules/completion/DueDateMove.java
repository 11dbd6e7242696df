package duban.rules.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone's due date moved: by a rescheduling, or by a granted extension (延期), which the ledger records as a
 * rescheduling too.
 *
 * @param recordedAt when the ledger recorded the move
 * @param to         the day it is due after the move
 */
public record DueDateMove(Instant recordedAt, LocalDate to) {

    public DueDateMove {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(to, "to");
    }
}
