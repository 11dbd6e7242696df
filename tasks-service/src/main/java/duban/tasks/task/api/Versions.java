package duban.tasks.task.api;

import duban.http.problem.ProblemException;

/** Reads the If-Match header: an entity tag holding the version the client last saw. */
final class Versions {

    private Versions() {
    }

    /** The version named by If-Match, or null when the header is absent (no check). */
    static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("invalid-if-match",
                    "If-Match must be the task's ETag, a quoted version number such as \"3\"");
        }
    }
}
