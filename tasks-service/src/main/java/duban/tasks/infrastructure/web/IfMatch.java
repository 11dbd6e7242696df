package duban.tasks.infrastructure.web;

import duban.http.problem.ProblemException;

/** Reads the If-Match header: an entity tag holding the aggregate version the client last saw. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version named by If-Match, or null when the header is absent (no check). */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("invalid-if-match",
                "If-Match must be the ETag of what the request changes, a quoted version number such as \"3\"");
    }
}
