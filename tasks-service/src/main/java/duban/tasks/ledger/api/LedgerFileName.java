package duban.tasks.ledger.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of an exported ledger: the plan's Chinese title for clients that read RFC 6266's
 * {@code filename*} (RFC 5987, UTF-8, percent-encoded), an ASCII name with the plan id for those that do not.
 */
final class LedgerFileName {

    private static final String SUFFIX = "工作台账.xlsx";
    private static final int MAX_TITLE_CHARS = 80;

    private LedgerFileName() {
    }

    static String contentDisposition(String planId, String title) {
        String ascii = "ledger-" + planId.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx";
        String readable = readableTitle(title);
        String utf8 = readable.isEmpty() ? SUFFIX : readable + "-" + SUFFIX;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(utf8);
    }

    /** Without what a file system refuses (/ \ : * ? " < > |) or a line break, and not overly long. */
    private static String readableTitle(String title) {
        if (title == null) {
            return "";
        }
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return cleaned.length() > MAX_TITLE_CHARS ? cleaned.substring(0, MAX_TITLE_CHARS) : cleaned;
    }

    /** RFC 5987 attr-char stays; everything else is percent-encoded UTF-8 (URLEncoder's + is not a space here). */
    private static String rfc5987(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
