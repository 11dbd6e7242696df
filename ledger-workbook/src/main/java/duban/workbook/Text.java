package duban.workbook;

/** Null-safe text helpers: the model stores "" for an absent text, because an empty cell reads back as "". */
final class Text {

    private Text() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
