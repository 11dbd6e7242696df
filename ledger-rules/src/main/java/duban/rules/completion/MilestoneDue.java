package duban.rules.completion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A milestone's due dates as the ledger recorded them.
 *
 * @param firstDueOn the day it was scheduled for
 * @param moves      every move of its due date, oldest first
 */
public record MilestoneDue(LocalDate firstDueOn, List<DueDateMove> moves) {

    public MilestoneDue {
        Objects.requireNonNull(firstDueOn, "firstDueOn");
        moves = List.copyOf(moves);
    }
}
