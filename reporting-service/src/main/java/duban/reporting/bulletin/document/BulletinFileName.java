package duban.reporting.bulletin.document;

import duban.http.download.ContentDisposition;
import duban.reporting.bulletin.Bulletin;

/**
 * The Content-Disposition of a bulletin's workbook: {@code 台账进度通报-<plan title>-2017-11.xlsx} for clients that
 * read RFC 6266's {@code filename*} (RFC 5987, UTF-8, percent-encoded), an ASCII name with the plan id for the rest.
 */
public final class BulletinFileName {

    private static final String NAME = "台账进度通报";
    private static final int MAX_TITLE_CHARS = 80;

    private BulletinFileName() {
    }

    public static String contentDisposition(Bulletin bulletin, String suffix) {
        String month = bulletin.month();
        String ascii = "bulletin-" + ContentDisposition.idPart(bulletin.planId()) + "-" + month + suffix;
        String title = ContentDisposition.titlePart(bulletin.planTitle(), MAX_TITLE_CHARS);
        String utf8 = NAME + "-" + (title.isEmpty() ? "" : title + "-") + month
                + (bulletin.provisional() ? "-暂定" : "") + suffix;
        return ContentDisposition.attachment(ascii, utf8);
    }
}
