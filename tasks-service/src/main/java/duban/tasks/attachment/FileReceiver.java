package duban.tasks.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Copies an incoming stream into a temporary file in small buffers, computing its SHA-256 and counting its bytes on
 * the way, and stops as soon as it exceeds the limit: the file is never held whole in memory.
 */
public final class FileReceiver {

    private static final int BUFFER = 64 * 1024;

    private FileReceiver() {
    }

    /** Thrown when the stream holds more than the limit; nothing is left on disk. */
    public static final class TooLarge extends Exception {
        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    public static ReceivedFile receive(InputStream in, long limit) throws IOException, TooLarge {
        Path file = Files.createTempFile("duban-attachment-", ".part");
        boolean kept = false;
        try {
            MessageDigest sha256 = sha256();
            byte[] head = new byte[MediaTypes.HEAD_BYTES];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file)) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    size += read;
                    if (size > limit) {
                        throw new TooLarge(limit);
                    }
                    if (headLength < head.length) {
                        int taken = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, taken);
                        headLength += taken;
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            kept = true;
            return new ReceivedFile(file, HexFormat.of().formatHex(sha256.digest()), size,
                    Arrays.copyOf(head, headLength));
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The SHA-256 (lower-case hex) and size of a whole stream, read in small buffers. */
    public static Digest digest(InputStream in) throws IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (DigestInputStream digesting = new DigestInputStream(in, sha256)) {
            int read;
            while ((read = digesting.read(buffer)) >= 0) {
                size += read;
            }
        }
        return new Digest(HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** What a stream hashed to. */
    public record Digest(String sha256, long size) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
