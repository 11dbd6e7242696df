package duban.tasks.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over length-prefixed fields: each field is written as its UTF-8 byte length in decimal, a
 * colon and its UTF-8 bytes; null as {@code -1:}. No separator can be forged by a value and null
 * differs from empty. The first field is a tag naming what is hashed, so a row hash can never be
 * mistaken for a checkpoint hash. Same bytes as the SQL function {@code audit_field}.
 */
public final class CanonicalDigest {

    private static final byte[] NULL = "-1:".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest sha256;

    public CanonicalDigest(String tag) {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        field(tag);
    }

    public CanonicalDigest field(String value) {
        if (value == null) {
            sha256.update(NULL);
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha256.update(bytes);
        return this;
    }

    public CanonicalDigest field(long value) {
        return field(Long.toString(value));
    }

    /** The digest as 64 lower-case hex digits; the digest cannot be added to afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
