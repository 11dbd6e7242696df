package duban.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * How every workbook Duban writes looks (the 工作台账 and the monthly bulletin alike): 宋体, a 16-point bold title, a
 * grey bold header row, thin borders. Each call creates a style in the given workbook; callers create theirs once per
 * workbook (a workbook holds at most 64,000 styles).
 */
public final class HouseStyle {

    /** A font that has CJK glyphs on Windows and that LibreOffice maps to a CJK font elsewhere. */
    public static final String FONT_NAME = "宋体";
    public static final short FONT_POINTS = 11;

    private HouseStyle() {
    }

    public static Font font(Workbook workbook, boolean bold, short points) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    /** The sheet's title: bold, 16 points, centred. */
    public static CellStyle title(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font(workbook, true, (short) 16));
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** The line under the title, centred, in the given font. */
    public static CellStyle subtitle(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    /** A header cell: bordered, centred, on grey, in the given (bold) font. */
    public static CellStyle header(Workbook workbook, Font font) {
        CellStyle style = bordered(workbook, font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** A cell with thin borders all round, in the given font. */
    public static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
