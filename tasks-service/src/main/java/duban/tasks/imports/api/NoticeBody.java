package duban.tasks.imports.api;

import duban.http.problem.ProblemException;
import duban.tasks.notice.DocxText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns what a client uploads into the notice's text, or refuses it with a problem before anything is parsed:
 * an empty, oversized or undecodable body, or one holding a NUL character, is a 400, a file that is not a Word .docx a 415.
 */
final class NoticeBody {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private NoticeBody() {
    }

    /**
     * A plain-text notice, always read as strict UTF-8 whatever charset the request names: client libraries
     * label text ISO-8859-1 by default, which no Chinese notice is, and a GBK file must not import as garbled
     * names, so bytes that are not UTF-8 are refused.
     */
    static String text(byte[] body, int maxBytes) {
        requireSize(body == null ? 0 : body.length, maxBytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("notice-not-utf8",
                    "the body is not valid UTF-8; save the notice as UTF-8 text, or upload the .docx");
        }
        return requireText(text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text);
    }

    /** A Word notice, as {@link DocxText} renders it. */
    static String docx(String fileName, long size, InputStream content, int maxBytes) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new ProblemException(415, "not-a-docx", "Unsupported media type",
                    "upload the notice as a Word .docx file (an old .doc must be saved as .docx first)");
        }
        requireSize(size, maxBytes);
        String text;
        try {
            text = DocxText.extract(content);
        } catch (IOException | RuntimeException e) {
            // POI throws unchecked exceptions for files that are no OOXML package at all.
            throw new ProblemException(415, "not-a-docx", "Unsupported media type",
                    fileName + " cannot be read as a Word .docx document");
        }
        return requireText(text);
    }

    private static void requireSize(long size, int maxBytes) {
        if (size == 0) {
            throw ProblemException.badRequest("empty-notice", "the body is empty: send the notice's text");
        }
        if (size > maxBytes) {
            throw ProblemException.badRequest("notice-too-large",
                    "the notice has " + size + " bytes; at most " + maxBytes + " are accepted");
        }
    }

    private static String requireText(String text) {
        if (text.isBlank()) {
            throw ProblemException.badRequest("empty-notice", "the notice has no text");
        }
        // PostgreSQL cannot store NUL in a text column: an imported NUL would break every read model fed by it.
        if (text.indexOf('\u0000') >= 0) {
            throw ProblemException.badRequest("nul-character", "the notice contains a NUL character");
        }
        return text;
    }
}
