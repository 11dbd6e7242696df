package duban.tasks.notice;

import duban.tasks.notice.UnreadableNoticeException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the text of an uploaded notice file, whatever its kind: the kind is told by the file's first bytes
 * (%PDF-, the OLE2 signature D0 CF 11 E0 of Word 97–2003, the zip signature PK of .docx), never by its name
 * alone, and the text comes from {@link PdfText}, {@link DocText} or {@link DocxText}. A file without such a
 * signature is a notice only when it is UTF-8 text.
 *
 * <p>The name only settles what the bytes cannot: WPS Office writes its .wps files on the structure of Word 97
 * with extensions of its own, which HWPF would silently skip, so an OLE2 file named .wps is refused like a
 * Works/WPS file without a Word stream; and a file named .doc/.docx/.pdf/.wps that holds plain text is refused
 * rather than parsed as a notice.
 */
public final class NoticeFiles {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final String SAVE_AS = "save it as Word (.docx or .doc) or PDF and upload that";

    /** A notice file's kind and its text. */
    public record NoticeFile(NoticeFormat format, String text) {
    }

    private NoticeFiles() {
    }

    /**
     * @param content  the file's bytes
     * @param fileName the name it was uploaded under, or null
     * @throws UnreadableNoticeException when no text can be had from it, with the reason and what to do
     */
    public static NoticeFile read(byte[] content, String fileName) throws UnreadableNoticeException {
        if (startsWith(content, PDF)) {
            return new NoticeFile(NoticeFormat.PDF, PdfText.extract(content));
        }
        if (startsWith(content, OLE2)) {
            return new NoticeFile(NoticeFormat.DOC, compoundFile(content, fileName));
        }
        if (startsWith(content, ZIP)) {
            return new NoticeFile(NoticeFormat.DOCX, zipPackage(content));
        }
        return new NoticeFile(NoticeFormat.TEXT, text(content, fileName));
    }

    private static String compoundFile(byte[] content, String fileName) throws UnreadableNoticeException {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = file.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableNoticeException(Reason.ENCRYPTED, "the Office file is protected by a password: "
                        + "remove the password (文件 → 信息 → 保护文档), or upload the notice unprotected");
            }
            boolean word = root.hasEntry("WordDocument");
            if (named(fileName, ".wps") || !word && root.hasEntry("CONTENTS")) {
                throw new UnreadableNoticeException(Reason.WPS_DOCUMENT, "this is a WPS Office document (.wps), "
                        + "whose format is not Word's: open it in WPS Office and " + SAVE_AS);
            }
            if (!word) {
                throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT, "this is " + otherOffice(root)
                        + ", not a Word document: " + SAVE_AS);
            }
            return DocText.extract(file);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableNoticeException(Reason.ENCRYPTED, "the Word document is protected by a password: "
                    + "remove the password, or upload the notice unprotected", e);
        } catch (IOException | RuntimeException e) {
            // POI throws unchecked exceptions for broken records inside a readable compound file.
            throw new UnreadableNoticeException(Reason.DAMAGED, "the file starts like a Word 97–2003 document "
                    + "but cannot be read; open it in Word or WPS Office and " + SAVE_AS, e);
        }
    }

    private static String otherOffice(DirectoryNode root) {
        if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
            return "an Excel 97–2003 workbook (.xls)";
        }
        if (root.hasEntry("PowerPoint Document")) {
            return "a PowerPoint 97–2003 presentation (.ppt)";
        }
        return "an OLE2 compound file";
    }

    private static String zipPackage(byte[] content) throws UnreadableNoticeException {
        try {
            return DocxText.extract(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new UnreadableNoticeException(Reason.TOO_LARGE, "the .docx unpacks to far more than its size "
                        + "(a zip bomb): no notice is packed that tightly", e);
            }
            // An .xlsx, .pptx or any other zip fails here as well as a broken .docx: POI cannot tell them apart.
            throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT,
                    "the file is a zip package but no Word .docx document: " + SAVE_AS, e);
        }
    }

    /** POI's guard against zip bombs (ZipSecureFile) says so in its message, wrapped or not. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String text(byte[] content, String fileName) throws UnreadableNoticeException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT, "the file is neither Word (.docx, .doc), "
                    + "PDF nor UTF-8 text: " + SAVE_AS + ", or as UTF-8 text", e);
        }
        if (hasBinaryControls(text)) {
            throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT,
                    "the file is neither Word (.docx, .doc), PDF nor text: " + SAVE_AS);
        }
        for (String binary : new String[] {".docx", ".doc", ".pdf", ".wps"}) {
            if (named(fileName, binary)) {
                throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT, fileName + " is named " + binary
                        + " but holds plain text, not such a file: upload the real file, or the text as .txt");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean hasBinaryControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && regionMatches(content, 0, signature);
    }

    private static boolean regionMatches(byte[] content, int at, byte[] signature) {
        for (int i = 0; i < signature.length; i++) {
            if (content[at + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean named(String fileName, String extension) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).strip().endsWith(extension);
    }
}
