package duban.reporting.bulletin.document;

import duban.workbook.HouseStyle;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the bulletin's workbook, created once per workbook, in the {@link HouseStyle} of the
 * 工作台账; integers, two-decimal scores and percentages as number formats.
 */
final class BulletinStyles {

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
        Font plain = HouseStyle.font(workbook, false, HouseStyle.FONT_POINTS);
        Font bold = HouseStyle.font(workbook, true, HouseStyle.FONT_POINTS);

        title = HouseStyle.title(workbook);
        titleLeft = workbook.createCellStyle();
        titleLeft.cloneStyleFrom(title);
        titleLeft.setAlignment(HorizontalAlignment.LEFT);

        subtitle = HouseStyle.subtitle(workbook, plain);
        subtitleLeft = workbook.createCellStyle();
        subtitleLeft.cloneStyleFrom(subtitle);
        subtitleLeft.setAlignment(HorizontalAlignment.LEFT);

        header = HouseStyle.header(workbook, bold);

        body = HouseStyle.bordered(workbook, plain);
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

    private static CellStyle numeric(Workbook workbook, Font font, String format) {
        CellStyle style = HouseStyle.bordered(workbook, font);
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
