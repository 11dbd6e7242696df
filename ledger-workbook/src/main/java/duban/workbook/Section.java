package duban.workbook;

/**
 * An area or item of the plan (一、 / (一) / 1.) that has tasks below it: not a row of the 工作台账, but the
 * parent its rows hang from.
 *
 * @param code   the node's code in the plan's tree, as {@link LedgerRow#taskCode()}
 * @param serial 序号 as the clerk reads it
 * @param title  the heading, one line
 * @param detail the text after the heading, possibly empty
 */
public record Section(String code, String serial, String title, String detail) {

    public Section {
        code = Text.orEmpty(code);
        serial = Text.orEmpty(serial);
        title = Text.orEmpty(title);
        detail = Text.orEmpty(detail);
    }
}
