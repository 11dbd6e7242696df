package duban.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Bounds what an uploaded workbook may unpack to, before POI builds anything from it: an .xlsx is a zip, and a
 * few kilobytes of zip can inflate to gigabytes (a zip bomb). The sizes are counted while inflating, not taken
 * from the entries' headers, which a crafted file can fake.
 */
final class PackageLimits {

    /** Far above a real 工作台账 (a 1,000-task plan unpacks to a few megabytes). */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    /** Rows of one sheet, and columns of the quota sheet. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 2_000;

    private PackageLimits() {
    }

    static void check(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw tooBig("more than " + MAX_ENTRIES + " parts");
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw tooBig("more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB unpacked (at "
                                + entry.getName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new LedgerFormatException(null, 0, null, "not an .xlsx workbook (" + e.getMessage() + ")", e);
        }
        if (entries == 0) {
            throw new LedgerFormatException(null, 0, null, "not an .xlsx workbook (no zip entries)");
        }
    }

    private static LedgerFormatException tooBig(String what) {
        return new LedgerFormatException(null, 0, null, "the workbook is too large: " + what);
    }
}
