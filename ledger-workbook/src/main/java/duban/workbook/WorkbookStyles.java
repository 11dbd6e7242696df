package duban.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the ledger, created once per workbook (a workbook holds at most 64,000 styles). */
final class WorkbookStyles {

    /** A font that has CJK glyphs on Windows and that LibreOffice maps to a CJK font elsewhere. */
    static final String FONT_NAME = "宋体";
    static final short FONT_POINTS = 11;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle body;
    final CellStyle centered;

    WorkbookStyles(Workbook workbook) {
        Font plain = font(workbook, false, FONT_POINTS);
        Font bold = font(workbook, true, FONT_POINTS);

        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, (short) 16));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        subtitle = workbook.createCellStyle();
        subtitle.setFont(plain);
        subtitle.setAlignment(HorizontalAlignment.CENTER);

        header = bordered(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        body = bordered(workbook, plain);
        body.setVerticalAlignment(VerticalAlignment.TOP);

        centered = bordered(workbook, plain);
        centered.setAlignment(HorizontalAlignment.CENTER);
        centered.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    private static Font font(Workbook workbook, boolean bold, short points) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
