package duban.tasks.notice.timeline;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Snippet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Gives a timeline's dates their year and day. A date without year takes the last year written before it in
 * the same timeline, else the plan's year (the year of issue, or the year its title names); one that would then fall before the date of issue without being
 * done is read in the following year. A due date is the last day it names (月底 → the month's last day);
 * a start date (从10月份开始) the first.
 */
final class DateResolver {

    private static final int EARLY_DAY = 10;
    private static final int MIDDLE_DAY = 15;
    private static final int MID_LATE_DAY = 20;

    private final LocalDate issuedOn;
    private final Integer planYear;
    private final Warnings warnings;

    DateResolver(LocalDate issuedOn, Integer planYear, Warnings warnings) {
        this.issuedOn = issuedOn;
        this.planYear = planYear;
        this.warnings = warnings;
    }

    /** The dates that exist, each to its day; the others are warnings. */
    Map<DateExpression, LocalDate> resolve(Snippet timeline, List<DateExpression> dates, Predicate<DateExpression> done) {
        Map<DateExpression, LocalDate> resolved = new HashMap<>();
        Integer year = planYear;
        boolean explicit = false;
        for (DateExpression date : dates) {
            if (date.year() != null) {
                year = date.year();
                explicit = true;
            }
            Snippet words = timeline.sub(date.start(), date.end());
            if (year == null) {
                warnings.add(words, WarningCode.DATE_YEAR_UNKNOWN, "no year, and neither the notice's date of issue nor its title names one");
                continue;
            }
            LocalDate day = date.startDate() ? firstDay(year, date) : lastDay(year, date);
            if (day == null) {
                warnings.add(words, WarningCode.DATE_INVALID, "no such date");
                continue;
            }
            if (!date.startDate()) {
                day = checked(day, date, words, explicit, done.test(date));
            }
            resolved.put(date, day);
        }
        return resolved;
    }

    private LocalDate checked(LocalDate due, DateExpression date, Snippet words, boolean explicitYear, boolean done) {
        LocalDate day = due;
        if (!explicitYear && issuedOn != null && day.isBefore(issuedOn) && !done) {
            day = lastDay(day.getYear() + 1, date);
            warnings.add(words, WarningCode.DATE_YEAR_ROLLED, "without year this date would lie before the date of issue "
                    + issuedOn + "; read as " + day);
        } else if (issuedOn != null && day.isBefore(issuedOn) && !done) {
            warnings.add(words, WarningCode.DATE_BEFORE_ISSUE, "due " + day + ", before the date of issue " + issuedOn
                    + ", and not said to be done");
        }
        if (date.malformed()) {
            warnings.add(words, WarningCode.DATE_MALFORMED, "月 is missing; read as " + day);
        }
        if (date.ambiguous()) {
            warnings.add(words, WarningCode.DATE_AMBIGUOUS,
                    "\"before month M\" may mean before it begins or before it ends; read as " + day);
        }
        return day;
    }

    private static LocalDate lastDay(int year, DateExpression date) {
        try {
            YearMonth month = YearMonth.of(year, date.month());
            return switch (date.part()) {
                case DAY -> month.atDay(date.day());
                case EARLY -> month.atDay(EARLY_DAY);
                case MIDDLE -> month.atDay(MIDDLE_DAY);
                case MID_LATE -> month.atDay(MID_LATE_DAY);
                case END -> month.atEndOfMonth();
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate firstDay(int year, DateExpression date) {
        try {
            return LocalDate.of(year, date.month(), date.part() == DateExpression.Part.DAY ? date.day() : 1);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
