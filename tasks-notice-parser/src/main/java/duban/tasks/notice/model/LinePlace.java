package duban.tasks.notice.model;

/** Where a line of the notice went when it was read. */
public enum LinePlace {
    /** The notice's header: title, 文号, addressees, the covering text, signature, the plan's title and preamble. */
    HEADER,
    /** The column names of a table. */
    TABLE_HEADER,
    /** A task: its heading, text, a field, or a table row's cell. */
    TASK,
    /** A section that assigns no unit, kept as text. */
    PROVISION,
    /** After the plan: 附件, signature and date, 抄送, 印发. */
    CLOSING,
    /** A web page's or document's chrome (打印本页, 第 3 页), recognised and left out. */
    PAGE_NOISE,
    /** Named in an UNPARSED_REGION warning: nothing was read from it. */
    UNPARSED,
    /** Read into nothing: a line the parser dropped. A correct parse has none. */
    UNACCOUNTED
}
