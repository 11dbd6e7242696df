package duban.tasks.notice;

/**
 * A notice file whose text cannot be had: its {@link Reason} tells the caller which answer to give, its message
 * what the user should do (save it in another format, remove the password, run OCR).
 */
public final class UnreadableNoticeException extends Exception {

    /** Why no text came out of the file. */
    public enum Reason {
        /** Not a format notices are read from (an image, a spreadsheet, an unknown binary). */
        UNSUPPORTED_FORMAT,
        /** A WPS Office document (.wps): its own format, not Word's. */
        WPS_DOCUMENT,
        /** A password protects the content. */
        ENCRYPTED,
        /** A PDF without a text layer: a scan, or pages of pictures only. */
        PDF_WITHOUT_TEXT,
        /** The file starts like a supported format but is damaged or truncated. */
        DAMAGED,
        /** Small as a file, but too much to read: pages or drawing instructions beyond any notice's. */
        TOO_LARGE
    }

    private final Reason reason;

    public UnreadableNoticeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableNoticeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
