package duban.tasks.infrastructure.web;

import duban.http.problem.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the {@code asOf} query parameter of the reads that can look into the past. */
public final class AsOf {

    private AsOf() {
    }

    /** The instant named, or null (now) when the parameter is absent. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-instant",
                    "asOf must be an ISO-8601 instant with offset, e.g. 2017-11-20T12:00:00+08:00");
        }
    }
}
