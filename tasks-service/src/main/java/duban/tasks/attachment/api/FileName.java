package duban.tasks.attachment.api;

import duban.http.download.ContentDisposition;
import duban.http.problem.ProblemException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's name as an upload gives it (Content-Disposition's {@code filename*=UTF-8''…} of RFC 6266 / RFC 8187,
 * else its {@code filename="…"}, else the {@code name} query parameter) and as a download announces it.
 */
final class FileName {

    static final int MAX_LENGTH = 255;

    private static final Pattern EXTENDED = Pattern.compile("(?i)filename\\*\\s*=\\s*([^';\\s]+)'[^']*'([^;\\s]+)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?<![*\\w])filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?i)(?<![*\\w])filename\\s*=\\s*([^\";\\s]+)");

    private FileName() {
    }

    /** The name an upload gives, checked: 400 when none is given or it is not a file name. */
    static String ofUpload(String contentDisposition, String queryName) {
        String name = queryName != null && !queryName.isBlank() ? queryName : fromDisposition(contentDisposition);
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("missing-file-name", "name the file: Content-Disposition: attachment; "
                    + "filename*=UTF-8''<percent-encoded name>, or the query parameter name");
        }
        return checked(name);
    }

    static String checked(String raw) {
        // Only the last path segment: a name is never a path.
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1).strip();
        boolean control = name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
        if (name.isEmpty() || control || name.equals(".") || name.equals("..")
                || name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw ProblemException.badRequest("invalid-file-name", "a file name has 1 to " + MAX_LENGTH
                    + " characters, no control character and no path");
        }
        return name;
    }

    private static String fromDisposition(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            if (!extended.group(1).toUpperCase(Locale.ROOT).equals("UTF-8")) {
                throw ProblemException.badRequest("invalid-file-name", "filename* must be UTF-8 encoded");
            }
            try {
                return URLDecoder.decode(extended.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("invalid-file-name", "filename* is not percent-encoded UTF-8");
            }
        }
        Matcher quoted = QUOTED.matcher(header);
        if (quoted.find()) {
            return quoted.group(1).replaceAll("\\\\(.)", "$1");
        }
        Matcher token = TOKEN.matcher(header);
        return token.find() ? token.group(1) : null;
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266). */
    static String disposition(String name) {
        return ContentDisposition.attachment(name, name);
    }
}
