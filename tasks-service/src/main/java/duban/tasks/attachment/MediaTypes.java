package duban.tasks.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What the first bytes of a file of each accepted media type look like (magic numbers), so that a file declared
 * as one type but being another is refused. Office's newer formats are ZIP files, its older ones (and WPS) OLE2
 * compound files; plain text has no magic and must hold no NUL byte nor look like any of the others.
 */
public final class MediaTypes {

    /** How many first bytes a check needs. */
    public static final int HEAD_BYTES = 512;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private enum Kind { PDF, PNG, JPEG, GIF, WEBP, ZIP, OLE2, TEXT }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("application/pdf", Kind.PDF),
            Map.entry("image/png", Kind.PNG),
            Map.entry("image/jpeg", Kind.JPEG),
            Map.entry("image/gif", Kind.GIF),
            Map.entry("image/webp", Kind.WEBP),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.ZIP),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.ZIP),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", Kind.ZIP),
            Map.entry("application/msword", Kind.OLE2),
            Map.entry("application/vnd.ms-excel", Kind.OLE2),
            Map.entry("application/vnd.ms-powerpoint", Kind.OLE2),
            Map.entry("application/vnd.ms-works", Kind.OLE2),
            Map.entry("application/kswps", Kind.OLE2),
            Map.entry("text/plain", Kind.TEXT));

    private MediaTypes() {
    }

    /** The media type without parameters, lower case: {@code Text/Plain; charset=UTF-8} → {@code text/plain}. */
    public static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether this module knows how to check files of the type (configuration may accept fewer). */
    public static boolean known(String essence) {
        return KINDS.containsKey(essence);
    }

    /** Whether the file's first bytes are those of the type. */
    public static boolean looksLike(String essence, byte[] head) {
        Kind kind = KINDS.get(essence);
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case PDF -> startsWith(head, PDF);
            case PNG -> startsWith(head, PNG);
            case JPEG -> startsWith(head, JPEG);
            case GIF -> startsWith(head, GIF87) || startsWith(head, GIF89);
            case WEBP -> startsWith(head, RIFF) && head.length >= 12
                    && Arrays.equals(head, 8, 12, WEBP, 0, 4);
            case ZIP -> startsWith(head, ZIP);
            case OLE2 -> startsWith(head, OLE2);
            case TEXT -> plainText(head);
        };
    }

    private static boolean plainText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return KINDS.entrySet().stream().filter(e -> e.getValue() != Kind.TEXT)
                .noneMatch(e -> looksLike(e.getKey(), head));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
