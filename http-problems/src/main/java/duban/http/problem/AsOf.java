package duban.http.problem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code asOf} query parameter of the reads that can look into the past, alike in every service: an
 * ISO-8601 instant with offset between the years 1900 and 9999, else a 400 problem {@code invalid-instant}.
 */
public final class AsOf {

    /** How the API document describes the parameter. */
    public static final String DESCRIPTION = "ISO-8601 instant with offset, e.g. 2017-11-20T12:00:00+08:00";
    /** The same, for reads that say what its absence means. */
    public static final String DESCRIPTION_OR_NOW = DESCRIPTION + "; absent means now";

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private AsOf() {
    }

    /** The instant named, or null (now) when the parameter is absent. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-instant",
                    "asOf must be an ISO-8601 instant with offset, e.g. 2017-11-20T12:00:00+08:00");
        }
        // PostgreSQL's timestamps end in the year 294276; no ledger reaches past 9999 or before 1900.
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ProblemException.badRequest("invalid-instant", "asOf must lie between the years 1900 and 9999");
        }
        return instant;
    }
}
