/**
 * Working days (工作日) and the reporting schedule (报送期) of Duban (督办), shared by every service.
 *
 * <p>Rule: plain Java and data. The calendar of statutory holidays (法定节假日, 放假) and adjusted
 * working days (调休上班) is loaded from TSV files, one row per range, so a new year is added as a
 * file, never as code; the bundled {@code mainland-china.tsv} comes from the State Council notices
 * (国务院办公厅关于部分节假日安排的通知). For a year the data does not cover, answers fall back to
 * "weekends are days off" and the calendar says so ({@link duban.calendar.WorkingDayCalendar#warnings}),
 * so that services can show the warning in answers and health data. Nothing here knows Quarkus,
 * Kafka or a database; services name extra calendar files by configuration (suggested key
 * {@value duban.calendar.WorkingDayCalendar#EXTRA_DATA_KEY}) and pass the paths in.
 */
package duban.calendar;
