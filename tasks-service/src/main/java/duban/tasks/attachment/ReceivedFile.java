package duban.tasks.attachment;

import java.nio.file.Path;

/**
 * A file received in full into a temporary file: its SHA-256 (lower-case hex), its size and its first bytes.
 * Whoever received it deletes the file once done.
 */
public record ReceivedFile(Path file, String sha256, long size, byte[] head) {
}
