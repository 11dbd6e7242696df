package duban.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the calendar TSV format: {@code first day <TAB> last day (inclusive) <TAB> kind <TAB> name},
 * ISO dates, kind {@code holiday} or {@code workday}; blank lines and lines starting with {@code #}
 * are ignored. Every row is checked, and the first bad one stops the load with its file and line.
 */
final class CalendarFileParser {

    /** No statutory holiday or run of adjusted days is this long: a longer range is a typo. */
    static final int MAX_RANGE_DAYS = 31;

    private CalendarFileParser() {
    }

    static List<CalendarRow> parse(BufferedReader reader, String source) {
        List<CalendarRow> rows = new ArrayList<>();
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String text = lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (text.isBlank() || text.strip().startsWith("#")) {
                    continue;
                }
                rows.add(parseRow(text, source, lineNumber));
            }
        } catch (IOException e) {
            throw new CalendarDataException(source, "cannot be read", e);
        }
        return rows;
    }

    private static CalendarRow parseRow(String line, String source, int lineNumber) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 4) {
            throw new CalendarDataException(source, lineNumber,
                    "expected 4 tab-separated columns (first day, last day, kind, name), found " + columns.length);
        }
        LocalDate first = date(columns[0], "first day", source, lineNumber);
        LocalDate last = date(columns[1], "last day", source, lineNumber);
        CalendarRow.Kind kind = kind(columns[2].strip(), source, lineNumber);
        String name = columns[3].strip();
        if (name.isEmpty()) {
            throw new CalendarDataException(source, lineNumber, "the name column is empty");
        }
        if (last.isBefore(first)) {
            throw new CalendarDataException(source, lineNumber, "last day " + last + " is before first day " + first);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
            throw new CalendarDataException(source, lineNumber,
                    "range " + first + ".." + last + " is longer than " + MAX_RANGE_DAYS + " days");
        }
        if (kind == CalendarRow.Kind.WORKDAY) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (!isWeekend(day)) {
                    throw new CalendarDataException(source, lineNumber, "workday " + day + " is a " + day.getDayOfWeek()
                            + ", which is a working day anyway: a workday row names a weekend day that is worked");
                }
            }
        }
        return new CalendarRow(first, last, kind, name, source, lineNumber);
    }

    private static LocalDate date(String text, String column, String source, int lineNumber) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(source, lineNumber, column + " '" + text + "' is not a date like 2026-10-01");
        }
    }

    private static CalendarRow.Kind kind(String text, String source, int lineNumber) {
        for (CalendarRow.Kind kind : CalendarRow.Kind.values()) {
            if (kind.label().equals(text)) {
                return kind;
            }
        }
        throw new CalendarDataException(source, lineNumber, "kind '" + text + "' is neither holiday nor workday");
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
