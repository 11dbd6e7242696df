package duban.tasks.imports.api;

import duban.http.problem.ProblemException;
import duban.tasks.notice.NoticeFiles;
import duban.tasks.notice.NoticeFiles.NoticeFile;
import duban.tasks.notice.UnreadableNoticeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns what a client uploads into the notice's text, or refuses it with a problem before anything is parsed:
 * an empty, oversized or undecodable body, or one holding a NUL character, is a 400; a file without readable text a 415
 * (not a notice format, a WPS document) or a 422 (password, scan, damage).
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
                    "the body is not valid UTF-8; save the notice as UTF-8 text, or upload its Word or PDF file");
        }
        return requireText(text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text);
    }

    /**
     * An uploaded notice file: Word (.docx, .doc), PDF or UTF-8 text, told apart by its first bytes
     * ({@link NoticeFiles}). What has no readable text is refused: another kind of file or a WPS document 415, a
     * password-protected file, a scanned PDF or a damaged file 422, each saying what to do.
     */
    static NoticeFile file(String fileName, long size, InputStream content, int maxBytes) throws IOException {
        requireSize(size, maxBytes);
        NoticeFile file;
        try {
            file = NoticeFiles.read(content.readNBytes(maxBytes + 1), fileName);
        } catch (UnreadableNoticeException e) {
            throw refusal(e);
        }
        requireText(file.text());
        return file;
    }

    private static ProblemException refusal(UnreadableNoticeException e) {
        return switch (e.reason()) {
            case UNSUPPORTED_FORMAT -> new ProblemException(415, "unsupported-notice-format",
                    "Unsupported notice format", e.getMessage());
            case WPS_DOCUMENT -> new ProblemException(415, "wps-document", "WPS documents are not read",
                    e.getMessage());
            case ENCRYPTED -> new ProblemException(422, "encrypted-notice", "Notice protected by a password",
                    e.getMessage());
            case PDF_WITHOUT_TEXT -> new ProblemException(422, "pdf-without-text", "PDF without text",
                    e.getMessage());
            case DAMAGED -> new ProblemException(422, "damaged-notice-file", "Damaged notice file", e.getMessage());
            // As an oversized body is refused: the file is small, but what it unpacks to is not.
            case TOO_LARGE -> ProblemException.badRequest("notice-too-large", e.getMessage());
        };
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
