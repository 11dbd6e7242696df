package duban.reporting.bulletin.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip again with every entry stamped with one given time, in the same order and with the same content: an
 * OOXML package is a zip whose entries POI stamps with the moment it is written.
 */
final class FixedZipTimes {

    private FixedZipTimes() {
    }

    /** {@code at} is a local date-time as zip entries store it (no zone), so the host's zone does not matter. */
    static byte[] rewrite(byte[] zip, LocalDateTime at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry stamped = new ZipEntry(entry.getName());
                stamped.setTimeLocal(at);
                rewritten.putNextEntry(stamped);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
