package duban.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * Which days are working days (工作日) in mainland China: Monday to Friday, except statutory
 * holidays (放假), plus the weekend days worked in exchange (调休上班).
 *
 * <p>The data is the bundled {@code mainland-china.tsv} plus any extra files of the same format, so
 * a new year is added by dropping a file in, without a code change. A year counts as known when at
 * least one holiday range ends in it: every notice has holidays ending in its own year (元旦 ends
 * there even when it starts in December), while a 调休 workday row can lie in the previous year.
 * For a year the data does not know, the calendar falls back to "weekends are days off" and says so:
 * {@link #warnings(LocalDate, LocalDate)}, {@link #unknownYears(LocalDate, LocalDate)} and
 * {@link #fallbackYears()}.
 *
 * <p>Immutable apart from the record of fallbacks used; safe to share between threads.
 */
public final class WorkingDayCalendar {

    /** The suggested configuration key for extra calendar files or folders, comma-separated. */
    public static final String EXTRA_DATA_KEY = "duban.calendar.extra-data";

    /** The bundled resource, beside this class. */
    public static final String BUNDLED_RESOURCE = "mainland-china.tsv";

    /** A day off never lasts this long; a search that does not end by then has broken data. */
    private static final int MAX_SEARCH_DAYS = 366;

    private final Map<LocalDate, CalendarRow> days;
    private final SortedSet<Integer> knownYears;
    private final Set<Integer> fallbackYears = new ConcurrentSkipListSet<>();

    private WorkingDayCalendar(Map<LocalDate, CalendarRow> days, SortedSet<Integer> knownYears) {
        this.days = days;
        this.knownYears = Collections.unmodifiableSortedSet(knownYears);
    }

    /** The bundled data only. */
    public static WorkingDayCalendar bundled() {
        return load(List.of());
    }

    /**
     * The bundled data plus extra sources: each a TSV file, or a folder whose {@code *.tsv} files are
     * read in name order.
     *
     * @throws CalendarDataException naming file and line of the first bad row, of a day listed as both
     *     holiday and workday, or of a missing source
     */
    public static WorkingDayCalendar load(List<Path> extraSources) {
        List<CalendarRow> rows = new ArrayList<>(readBundled());
        for (Path source : extraSources) {
            for (Path file : tsvFiles(source)) {
                rows.addAll(readFile(file));
            }
        }
        return fromRows(rows);
    }

    /**
     * Splits a configuration value such as {@code /etc/duban/calendar, extra/2027.tsv} into paths;
     * blank means none.
     */
    public static List<Path> parseSourceList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Stream.of(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    static WorkingDayCalendar fromRows(List<CalendarRow> rows) {
        Map<LocalDate, CalendarRow> days = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarRow row : rows) {
            for (LocalDate day = row.first(); !day.isAfter(row.last()); day = day.plusDays(1)) {
                CalendarRow earlier = days.putIfAbsent(day, row);
                if (earlier != null && earlier.kind() != row.kind()) {
                    throw new CalendarDataException(row.source(), row.line(), day + " is a " + row.kind().label()
                            + " here but a " + earlier.kind().label() + " at " + earlier.location());
                }
            }
            if (row.kind() == CalendarRow.Kind.HOLIDAY) {
                years.add(row.last().getYear());
            }
        }
        return new WorkingDayCalendar(days, years);
    }

    private static List<CalendarRow> readBundled() {
        String source = "classpath:duban/calendar/" + BUNDLED_RESOURCE;
        InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new CalendarDataException(source, "is missing from the class path", null);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return CalendarFileParser.parse(reader, source);
        } catch (IOException e) {
            throw new CalendarDataException(source, "cannot be read", e);
        }
    }

    private static List<Path> tsvFiles(Path source) {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new CalendarDataException(source.toString(), "is neither a calendar file nor a folder", null);
        }
        try (Stream<Path> files = Files.list(source)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tsv")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            throw new CalendarDataException(source.toString(), "cannot be listed", e);
        }
    }

    private static List<CalendarRow> readFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CalendarFileParser.parse(reader, file.toString());
        } catch (IOException e) {
            throw new CalendarDataException(file.toString(), "cannot be read", e);
        }
    }

    /** Whether people work on this day: a weekday that is no holiday, or a worked weekend day (调休). */
    public boolean isWorkingDay(LocalDate date) {
        CalendarRow row = days.get(date);
        if (row != null) {
            return row.kind() == CalendarRow.Kind.WORKDAY;
        }
        if (!knowsYear(date.getYear())) {
            fallbackYears.add(date.getYear());
        }
        return !CalendarFileParser.isWeekend(date);
    }

    /** The holiday's name (e.g. 国庆节、中秋节) or the 调休 row's name, if the data lists this day. */
    public Optional<String> dayName(LocalDate date) {
        return Optional.ofNullable(days.get(date)).map(CalendarRow::name);
    }

    /** The date itself when it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            if (isWorkingDay(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days of " + date);
    }

    /**
     * Counts working days from {@code date}, not counting {@code date} itself: {@code n = 1} is the
     * next working day, {@code n = -1} the previous one, {@code n = 0} the date unchanged (working day
     * or not).
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = date;
        int idle = 0;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
                idle = 0;
            } else if (++idle >= MAX_SEARCH_DAYS) {
                throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days of " + day);
            }
        }
        return day;
    }

    /** Whether the data has this year's holidays; otherwise answers for it count weekends only. */
    public boolean knowsYear(int year) {
        return knownYears.contains(year);
    }

    /** The years the data covers, ascending. */
    public SortedSet<Integer> knownYears() {
        return knownYears;
    }

    /** The years between the two dates (inclusive) that the data does not cover, ascending. */
    public SortedSet<Integer> unknownYears(LocalDate from, LocalDate to) {
        SortedSet<Integer> unknown = new TreeSet<>();
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            if (!knowsYear(year)) {
                unknown.add(year);
            }
        }
        return unknown;
    }

    /**
     * A sentence per unknown year between the two dates (inclusive), for an answer or health data;
     * empty when the data covers the whole range.
     */
    public List<String> warnings(LocalDate from, LocalDate to) {
        return unknownYears(from, to).stream().map(WorkingDayCalendar::warning).toList();
    }

    /**
     * The years for which some answer since loading fell back to weekends only, ascending: a service
     * reports them in its health data until the year's file is added.
     */
    public SortedSet<Integer> fallbackYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(fallbackYears));
    }

    static String warning(int year) {
        return "The working-day calendar has no holiday data for " + year
                + ": only weekends count as days off that year (statutory holidays and 调休 are missing).";
    }
}
