package duban.tasks.imports.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two uploads the same request for an Idempotency-Key: the digest of what was sent, so that
 * the same key with another file or text is refused (422) rather than stored whole.
 */
record UploadFingerprint(String sha256) {

    static UploadFingerprint of(byte[] content) {
        try {
            return new UploadFingerprint(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
