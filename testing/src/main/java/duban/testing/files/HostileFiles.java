package duban.testing.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Files made to hurt a reader of notices: for the parser's tests and for tasks-service's import tests. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A one-page PDF whose drawing instructions are at least {@code bytes} of spaces, Flate-compressed to a few dozen
     * KiB: small on the wire, huge once decoded.
     */
    public static byte[] pdfOfSpaces(long bytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDStream contents = new PDStream(document);
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            try (OutputStream compressed = contents.createOutputStream(COSName.FLATE_DECODE)) {
                for (long written = 0; written < bytes; written += spaces.length) {
                    compressed.write(spaces);
                }
            }
            page.setContents(contents);
            document.save(out);
            return out.toByteArray();
        }
    }
}
