package duban.tasks.notice.model;

/**
 * Stable warning codes. {@link #review()} tells a fact the import infers and a clerk should confirm
 * (a new unit) from an oddity of the text or something the parser could not read.
 */
public enum WarningCode {
    /** A unit the directory does not know; it will be registered with the inferred category. */
    UNIT_REGISTERED(true),
    /** A spelling one character away from a known or more frequent unit; resolved to that unit. */
    UNIT_NEAR_MISS(false),
    /** A spelling one character away from another one, with nothing to tell which is right; both kept. */
    UNIT_NEAR_MISS_AMBIGUOUS(false),
    /** A unit list ends with 等: the notice may mean more units than it names. */
    UNIT_LIST_OPEN_ENDED(false),
    /** A vague entry (有关单位) in a unit list: not a unit. */
    UNIT_VAGUE(false),
    /** The same unit named twice in one list. */
    UNIT_DUPLICATE(false),
    /** A unit named both as lead and as co-responsible unit of one task; it stays a lead unit only. */
    UNIT_LEAD_AND_CO(false),
    /**
     * The issuing city has no data file: units are registered under the names as written (市财政局), never
     * mapped onto another city's units; a clerk should confirm them, or add the city's file.
     */
    CITY_UNKNOWN(true),
    /** A group phrase with no member: nothing in the notice or the directory belongs to it. */
    GROUP_EMPTY(false),
    /**
     * The notice is written in traditional characters (繁体字): it was read after conversion to simplified ones, so
     * units are registered under their simplified names (市發改委 as 市发改委); a clerk should confirm them.
     */
    TRADITIONAL_SCRIPT(true),
    /** The notice gives no 文号 / no title / no issuer / no date. */
    HEADER_INCOMPLETE(false),
    /** An area heading that runs on into body text (the paragraph break is missing). */
    HEADING_RUNS_INTO_TEXT(false),
    /** Numbering that skips or repeats ((一) followed by (三)). */
    NUMBERING_GAP(false),
    /** A task without sub-tasks and without lead unit. */
    NO_LEAD_UNIT(false),
    /** A task with lead units but no 时间进度 / 完成时限, and no date in its own text either. */
    NO_TIMELINE(false),
    /** A field given twice in one task (two 牵头单位 lines); the values are merged. */
    FIELD_REPEATED(false),
    /** A field label with nothing after it. */
    FIELD_EMPTY(false),
    /** Text after a task's fields that continues none of them; kept in the task's text. */
    TEXT_AFTER_FIELDS(false),
    /** A table row whose cells do not match the header. */
    TABLE_ROW_SHAPE(false),
    /** Lines the parser read nothing from (a table whose header it does not know): named by first and last line. */
    UNPARSED_REGION(false),
    /** A table column the parser does not know; its cells are kept in the task's text. */
    TABLE_COLUMN_UNKNOWN(false),
    /** A timeline without any date: the task gets no milestone. */
    NO_DATE(false),
    /** A sentence of a dated timeline that has no date of its own and is not a breakdown. */
    UNDATED_CLAUSE(false),
    /** A date written incompletely (2017年12底前 lacks 月); read as meant. */
    DATE_MALFORMED(false),
    /** A date that does not exist (2月30日). */
    DATE_INVALID(false),
    /** A date with two readings (12月前: before or by the end of December); the later one is taken. */
    DATE_AMBIGUOUS(false),
    /** A date without year that would lie before the issue date; taken in the following year. */
    DATE_YEAR_ROLLED(false),
    /** A date without year in a notice without issue date. */
    DATE_YEAR_UNKNOWN(false),
    /** A milestone not marked done whose date is before the issue date. */
    DATE_BEFORE_ISSUE(false),
    /** Shares that do not add up to their total. */
    ALLOCATION_SUM_MISMATCH(false),
    /** A share counted in another measure word than its total (95次 broken down in 项). */
    ALLOCATION_MEASURE_MISMATCH(false),
    /** A share whose holder is neither a unit nor a group. */
    ALLOCATION_HOLDER_UNKNOWN(false),
    /** Breakdown text that holds no share. */
    ALLOCATION_TEXT_UNPARSED(false),
    /** A unit listed under a group it is not a member of. */
    ALLOCATION_NOT_IN_GROUP(false),
    /** A target whose named items are more, or (without 等) fewer, than its total. */
    NAMED_ITEMS_COUNT(false),
    /** A part (其中…) larger than the whole. */
    PART_EXCEEDS_TOTAL(false);

    private final boolean review;

    WarningCode(boolean review) {
        this.review = review;
    }

    /** True for facts the import infers and a clerk confirms; false for oddities of the text. */
    public boolean review() {
        return review;
    }
}
