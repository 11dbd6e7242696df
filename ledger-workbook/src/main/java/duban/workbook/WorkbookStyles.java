package duban.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the ledger, created once per workbook, in the {@link HouseStyle}; every cell of the ledger
 * wraps its text (row heights are worked out from the wrapped lines, {@link RowHeights}).
 */
final class WorkbookStyles {

    static final short FONT_POINTS = HouseStyle.FONT_POINTS;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle body;
    final CellStyle centered;

    WorkbookStyles(Workbook workbook) {
        Font plain = HouseStyle.font(workbook, false, FONT_POINTS);
        Font bold = HouseStyle.font(workbook, true, FONT_POINTS);

        title = HouseStyle.title(workbook);
        subtitle = HouseStyle.subtitle(workbook, plain);

        header = HouseStyle.header(workbook, bold);
        header.setWrapText(true);

        body = HouseStyle.bordered(workbook, plain);
        body.setWrapText(true);
        body.setVerticalAlignment(VerticalAlignment.TOP);

        centered = HouseStyle.bordered(workbook, plain);
        centered.setWrapText(true);
        centered.setAlignment(HorizontalAlignment.CENTER);
        centered.setVerticalAlignment(VerticalAlignment.CENTER);
    }
}
