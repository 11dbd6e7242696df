package duban.tasks.plan.domain;

import duban.tasks.domain.rule.Violation;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The checks of a plan's reporting days (报送日) and time zone; their defaults are the ledger rules'
 * {@link duban.rules.period.PlanReportingRule}.
 */
final class ReportingRules {

    /** Every month has these days, so every month has every reporting day. */
    private static final int LAST_DAY_IN_EVERY_MONTH = 28;

    private ReportingRules() {
    }

    /** Distinct days between 1 and 28, in ascending order. */
    static List<Integer> reportingDays(List<Integer> days) {
        if (days.isEmpty() || days.stream().anyMatch(Objects::isNull)) {
            throw Violation.INVALID_REPORTING_DAYS.because("a plan needs at least one reporting day");
        }
        Set<Integer> distinct = new HashSet<>(days);
        if (distinct.size() != days.size()
                || distinct.stream().anyMatch(day -> day < 1 || day > LAST_DAY_IN_EVERY_MONTH)) {
            throw Violation.INVALID_REPORTING_DAYS.because("reporting days must be distinct days from 1 to "
                    + LAST_DAY_IN_EVERY_MONTH + ", not " + days);
        }
        return distinct.stream().sorted().toList();
    }

    /** A region id such as Asia/Shanghai: an offset would ignore the zone's rules. */
    static String timeZone(String zone) {
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw Violation.INVALID_TIME_ZONE.because(zone + " is not an IANA time zone");
        }
        return zone;
    }
}
