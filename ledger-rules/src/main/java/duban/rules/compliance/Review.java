package duban.rules.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A supervisor's decision on one report or correction.
 *
 * @param verdict   {@link ReviewState#ACCEPTED} or {@link ReviewState#RETURNED}
 * @param at        when the ledger recorded the decision
 * @param reason    the return's reason, or the acceptance's remark; may be null
 * @param correctBy for a return, the last day (plan time zone) a correction is due; null for an acceptance
 */
public record Review(ReviewState verdict, Instant at, String reason, LocalDate correctBy) {

    public Review {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(at, "at");
        if (verdict == ReviewState.PENDING) {
            throw new IllegalArgumentException("a review accepts or returns");
        }
    }

    public static Review accepted(Instant at, String note) {
        return new Review(ReviewState.ACCEPTED, at, note, null);
    }

    public static Review returned(Instant at, String reason, LocalDate correctBy) {
        return new Review(ReviewState.RETURNED, at, reason, correctBy);
    }
}
