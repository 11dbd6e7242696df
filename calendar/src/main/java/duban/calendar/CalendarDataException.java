package duban.calendar;

/** Calendar data that cannot be trusted: names the file and line so that whoever edits it can fix it. */
public final class CalendarDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    CalendarDataException(String source, int line, String problem) {
        super(source + ", line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    CalendarDataException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = 0;
    }

    /** The file or resource the bad data came from. */
    public String source() {
        return source;
    }

    /** The 1-based line of the bad row; 0 when the whole source is unreadable. */
    public int line() {
        return line;
    }
}
