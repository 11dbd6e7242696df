package duban.reporting.bulletin.document;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the bulletin's workbook, created once per workbook, in the manner of the 工作台账's: 宋体, a
 * grey bold header, thin borders; integers, two-decimal scores and percentages as number formats.
 */
final class BulletinStyles {

    /** A font that has CJK glyphs on Windows and that LibreOffice maps to a CJK font elsewhere. */
    static final String FONT_NAME = "宋体";
    static final short FONT_POINTS = 11;

    final CellStyle title;
    final CellStyle titleLeft;
    final CellStyle subtitle;
    final CellStyle subtitleLeft;
    final CellStyle header;
    final CellStyle body;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;

    BulletinStyles(Workbook workbook) {
        Font plain = font(workbook, false, FONT_POINTS);
        Font bold = font(workbook, true, FONT_POINTS);

        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, (short) 16));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        titleLeft = workbook.createCellStyle();
        titleLeft.cloneStyleFrom(title);
        titleLeft.setAlignment(HorizontalAlignment.LEFT);

        subtitle = workbook.createCellStyle();
        subtitle.setFont(plain);
        subtitle.setAlignment(HorizontalAlignment.CENTER);

        subtitleLeft = workbook.createCellStyle();
        subtitleLeft.cloneStyleFrom(subtitle);
        subtitleLeft.setAlignment(HorizontalAlignment.LEFT);

        header = bordered(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        body = bordered(workbook, plain);
        body.setVerticalAlignment(VerticalAlignment.TOP);
        body.setWrapText(true);

        integer = numeric(workbook, plain, "0");
        decimal = numeric(workbook, plain, "0.00");
        percent = numeric(workbook, plain, "0.00%");
    }

    void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** Integers and scores as numeric cells: a score keeps its two decimals in view. */
    void number(Row row, int column, Number number) {
        Cell cell = row.createCell(column);
        if (number instanceof BigDecimal decimalNumber) {
            cell.setCellValue(decimalNumber.doubleValue());
            cell.setCellStyle(decimal);
        } else {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(integer);
        }
    }

    void percent(Row row, int column, BigDecimal rate) {
        Cell cell = row.createCell(column);
        cell.setCellValue(rate.doubleValue());
        cell.setCellStyle(percent);
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
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle numeric(Workbook workbook, Font font, String format) {
        CellStyle style = bordered(workbook, font);
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
