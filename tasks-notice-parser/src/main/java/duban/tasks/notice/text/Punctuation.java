package duban.tasks.notice.text;

/** The punctuation classes the parser splits on, on folded text. */
public final class Punctuation {

    /** Ends a sentence. */
    public static final String SENTENCE_END = "。";
    /** Separates the parts of a sentence (分句). */
    public static final String SEMICOLON = ";";
    /** Separates clauses. */
    public static final String COMMA = ",";
    /** Separates list items; the comma too, since notices write 市人社局、卫辉市,河南师范大学. */
    public static final String LIST = "、,;";
    /** What may trail a list item or a clause and means nothing. */
    public static final String TRAILING = "。;,、.:";
    /** What may trail a field's value where the next field follows on the same line; a final 。 is kept. */
    public static final String FIELD_GLUE = ";,、:";

    private Punctuation() {
    }
}
