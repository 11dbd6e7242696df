package duban.http.download;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} naming a file twice (RFC 6266): in UTF-8 as {@code filename*} (RFC 8187,
 * percent-encoded), which every current browser reads and which keeps a Chinese name, and in ASCII as {@code filename}
 * for the clients that do not.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * The header's value.
     *
     * @param asciiName the name for clients without {@code filename*}; what is not printable ASCII, a quote, a
     *                  backslash or a percent sign becomes {@code _}
     * @param name      the real name, in UTF-8
     */
    public static String attachment(String asciiName, String name) {
        return "attachment; filename=\"" + ascii(asciiName) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    /** An id as part of a file name: only letters, digits, {@code . _ -}; anything else becomes {@code _}. */
    public static String idPart(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * A title as part of a file name: without what a file system refuses ({@code / \ : * ? " < > |}) or a line break,
     * its spaces folded, at most {@code maxChars} long; empty for none.
     */
    public static String titlePart(String title, int maxChars) {
        if (title == null) {
            return "";
        }
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return cleaned.length() > maxChars ? cleaned.substring(0, maxChars) : cleaned;
    }

    private static String ascii(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 8187 attr-chars stay; everything else is percent-encoded UTF-8 (URLEncoder's + is not a space here). */
    private static String percentEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
