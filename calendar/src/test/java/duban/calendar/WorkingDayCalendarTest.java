package duban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @Test
    void knowsTheYearsOfTheBundledStateCouncilNotices() {
        assertThat(calendar.knownYears()).containsExactly(2017, 2025, 2026);
        assertThat(calendar.knowsYear(2024)).isFalse();
    }

    @ParameterizedTest(name = "{0} ({1}) working: {2}")
    @CsvSource({
        // 国庆节、中秋节 2017: 10-01..10-08 off, Saturday 09-30 worked
        "2017-10-05, Thursday, false",
        "2017-10-08, Sunday, false",
        "2017-09-30, Saturday, true",
        "2017-10-09, Monday, true",
        // plain weekend and weekday
        "2017-11-18, Saturday, false",
        "2017-11-20, Monday, true",
        // 2026: 元旦 01-01..01-03 off, Sunday 01-04 worked
        "2026-01-02, Friday, false",
        "2026-01-04, Sunday, true",
        // 2026: 春节 02-15..02-23 off, Saturdays 02-14 and 02-28 worked
        "2026-02-14, Saturday, true",
        "2026-02-20, Friday, false",
        "2026-02-23, Monday, false",
        "2026-02-24, Tuesday, true",
        "2026-02-28, Saturday, true",
        // 2026: 国庆节 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked
        "2026-09-20, Sunday, true",
        "2026-10-05, Monday, false",
        "2026-10-10, Saturday, true",
        // 2025: 劳动节 05-01..05-05 off, Sunday 04-27 worked
        "2025-04-27, Sunday, true",
        "2025-05-05, Monday, false",
    })
    void tellsWorkingDaysFromDaysOff(LocalDate date, String weekday, boolean working) {
        assertThat(date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .as("fixture weekday").isEqualTo(weekday);
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void namesTheHolidayOfADayOff() {
        assertThat(calendar.dayName(LocalDate.of(2017, 10, 5))).hasValue("国庆节、中秋节");
        assertThat(calendar.dayName(LocalDate.of(2026, 2, 28))).hasValue("春节调休");
        assertThat(calendar.dayName(LocalDate.of(2017, 11, 20))).isEmpty();
    }

    @Test
    void findsTheNextWorkingDayAcrossAHoliday() {
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2017, 10, 1))).isEqualTo(LocalDate.of(2017, 10, 9));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2017, 11, 20))).isEqualTo(LocalDate.of(2017, 11, 20));
    }

    @Test
    void addsWorkingDaysForwardAndBackwardCountingAdjustedWorkdays() {
        LocalDate friday = LocalDate.of(2017, 9, 29);
        assertThat(calendar.addWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2017, 10, 9));
        assertThat(calendar.addWorkingDays(LocalDate.of(2017, 10, 9), -1)).isEqualTo(LocalDate.of(2017, 9, 30));
        // Overdue reminders: every 3 working days after 2026-02-12 (Thursday) skip 春节.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void fallsBackToWeekendsForAnUnknownYearAndSaysSo() {
        LocalDate nationalDay2031 = LocalDate.of(2031, 10, 1);

        assertThat(calendar.knowsYear(2031)).isFalse();
        assertThat(calendar.isWorkingDay(nationalDay2031)).as("a Wednesday, no data").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 4))).as("a Saturday").isFalse();
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2031, 10, 4))).isEqualTo(LocalDate.of(2031, 10, 6));
        assertThat(calendar.unknownYears(LocalDate.of(2030, 12, 20), LocalDate.of(2031, 1, 10))).containsExactly(2030, 2031);
        assertThat(calendar.warnings(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31)))
                .singleElement().asString().contains("2031").contains("weekends");
        assertThat(calendar.warnings(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(calendar.fallbackYears()).contains(2031).doesNotContain(2017, 2026);
    }

    @Test
    void aNewYearIsAddedAsAFileInAFolder(@TempDir Path folder) throws IOException {
        // Test data in the bundled format; not an actual notice.
        Files.writeString(folder.resolve("2027.tsv"), """
                # test fixture
                2027-10-01\t2027-10-07\tholiday\t国庆节
                2027-10-09\t2027-10-09\tworkday\t国庆节调休
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "not calendar data\n");

        WorkingDayCalendar extended = WorkingDayCalendar.load(List.of(folder));

        assertThat(extended.knownYears()).containsExactly(2017, 2025, 2026, 2027);
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 10, 4))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();
        assertThat(extended.warnings(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
    }

    @Test
    void aYearIsKnownByTheHolidaysEndingInItNotByAnAdjustedDayBeforeIt(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("2019.tsv"), """
                2018-12-29\t2018-12-29\tworkday\t元旦调休
                2018-12-30\t2019-01-01\tholiday\t元旦
                """, StandardCharsets.UTF_8);

        WorkingDayCalendar extended = WorkingDayCalendar.load(List.of(file));

        assertThat(extended.knowsYear(2019)).isTrue();
        assertThat(extended.knowsYear(2018)).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(extended.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
    }

    @Test
    void acceptsByteOrderMarkWindowsLineEndsAndRepeatedRows(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("2017-again.tsv"),
                "\uFEFF# again\r\n2017-10-01\t2017-10-08\tholiday\t国庆节、中秋节\r\n\r\n", StandardCharsets.UTF_8);

        assertThat(WorkingDayCalendar.load(List.of(file)).isWorkingDay(LocalDate.of(2017, 10, 2))).isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2027-10-01\\t2027-10-07\\tholiday|expected 4 tab-separated columns",
        "2027-10-01\\t2027-10-07\\tholiday\\t国庆节\\textra|expected 4 tab-separated columns",
        "2027-13-01\\t2027-10-07\\tholiday\\t国庆节|first day '2027-13-01' is not a date",
        "2027-10-01\\t7 Oct 2027\\tholiday\\t国庆节|last day '7 Oct 2027' is not a date",
        "2027-10-01\\t2027-10-07\\tvacation\\t国庆节|kind 'vacation' is neither holiday nor workday",
        "2027-10-07\\t2027-10-01\\tholiday\\t国庆节|last day 2027-10-01 is before first day 2027-10-07",
        "2027-10-01\\t2027-12-07\\tholiday\\t国庆节|is longer than 31 days",
        "2027-10-01\\t2027-10-07\\tholiday\\t |the name column is empty",
        "2027-10-11\\t2027-10-11\\tworkday\\t国庆节调休|workday 2027-10-11 is a MONDAY",
    })
    void rejectsABadRowNamingFileAndLine(String row, String problem, @TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("bad.tsv"),
                "# header\n2027-01-01\t2027-01-01\tholiday\t元旦\n" + row.replace("\\t", "\t") + "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(file)))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith(file + ", line 3: ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((CalendarDataException) e).line()).isEqualTo(3));
    }

    @Test
    void rejectsADayThatIsBothHolidayAndWorkday(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("conflict.tsv"),
                "2017-09-30\t2017-09-30\tholiday\t国庆节\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(file)))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(file + ", line 1")
                .hasMessageContaining("2017-09-30 is a holiday here but a workday at classpath:duban/calendar/mainland-china.tsv, line 16");
    }

    @Test
    void rejectsAMissingSource(@TempDir Path folder) {
        Path missing = folder.resolve("2027.tsv");

        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(missing)))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void parsesAConfiguredListOfSources() {
        assertThat(WorkingDayCalendar.parseSourceList(" a/2027.tsv, b ,,")).containsExactly(Path.of("a/2027.tsv"), Path.of("b"));
        assertThat(WorkingDayCalendar.parseSourceList("  ")).isEmpty();
        assertThat(WorkingDayCalendar.parseSourceList(null)).isEmpty();
    }
}
