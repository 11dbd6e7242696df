package duban.reporting.bulletin.document;

import duban.reporting.bulletin.Bulletin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a bulletin's workbook: {@code 台账进度通报-<plan title>-2017-11.xlsx} for clients that
 * read RFC 6266's {@code filename*} (RFC 5987, UTF-8, percent-encoded), an ASCII name with the plan id for the rest.
 */
public final class BulletinFileName {

    private static final String NAME = "台账进度通报";
    private static final int MAX_TITLE_CHARS = 80;

    private BulletinFileName() {
    }

    public static String contentDisposition(Bulletin bulletin, String suffix) {
        String month = bulletin.month();
        String ascii = "bulletin-" + bulletin.planId().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + month + suffix;
        String title = readable(bulletin.planTitle());
        String utf8 = NAME + "-" + (title.isEmpty() ? "" : title + "-") + month
                + (bulletin.provisional() ? "-暂定" : "") + suffix;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(utf8);
    }

    /** Without what a file system refuses (/ \ : * ? " < > |) or a line break, and not overly long. */
    private static String readable(String title) {
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
