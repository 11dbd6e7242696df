package duban.rules.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * A report or a correction a unit filed for one period, with the latest decision on it.
 *
 * @param reportId the report's or correction's id
 * @param filedAt  when the ledger recorded it
 * @param review   the latest acceptance or return of it; null while none
 */
public record Submission(String reportId, Instant filedAt, Review review) {

    public Submission {
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
