package duban.tasks.attachment.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The bytes of attachments, each under the SHA-256 (lower-case hex) of its content. */
public interface BlobStore {

    /**
     * Keeps the file's bytes under {@code sha256}, which the caller computed from them; bytes already kept under it
     * are left as they are (the same hash, the same bytes).
     */
    void put(String sha256, long size, Path file) throws IOException;

    /** How many bytes are kept under the hash, or empty when none are. */
    OptionalLong size(String sha256) throws IOException;

    /**
     * Streams {@code length} bytes kept under the hash from {@code offset}. The caller closes the stream.
     *
     * @throws java.io.FileNotFoundException when nothing is kept under the hash
     */
    InputStream open(String sha256, long offset, long length) throws IOException;

    /** The adapter's name as configured: {@code postgres} or {@code s3}. */
    String kind();
}
