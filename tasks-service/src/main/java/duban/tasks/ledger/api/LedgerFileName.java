package duban.tasks.ledger.api;

import duban.http.download.ContentDisposition;

/**
 * The Content-Disposition of an exported ledger: the plan's Chinese title for clients that read RFC 6266's
 * {@code filename*} (RFC 5987, UTF-8, percent-encoded), an ASCII name with the plan id for those that do not.
 */
final class LedgerFileName {

    private static final String SUFFIX = "工作台账.xlsx";
    private static final int MAX_TITLE_CHARS = 80;

    private LedgerFileName() {
    }

    static String contentDisposition(String planId, String title) {
        String readable = ContentDisposition.titlePart(title, MAX_TITLE_CHARS);
        return ContentDisposition.attachment("ledger-" + ContentDisposition.idPart(planId) + ".xlsx",
                readable.isEmpty() ? SUFFIX : readable + "-" + SUFFIX);
    }
}
