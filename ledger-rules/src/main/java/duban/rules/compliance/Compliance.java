package duban.rules.compliance;

import duban.rules.period.ReportingPeriod;
import java.time.Instant;
import java.util.Objects;

/**
 * Judges a unit's record on one period. What counts is when the unit first filed for the period, as the ledger
 * recorded it: a correction later on keeps the period and the original filing time, and a report filed after
 * {@code asOf} did not exist then.
 */
public final class Compliance {

    private Compliance() {
    }

    /**
     * @param period       the period owed
     * @param firstFiledAt when the ledger recorded the unit's first report for the period; null when none
     * @param asOf         the instant the record is judged at
     */
    public static ComplianceState judge(ReportingPeriod period, Instant firstFiledAt, Instant asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        boolean filed = firstFiledAt != null && !firstFiledAt.isAfter(asOf);
        if (filed) {
            return firstFiledAt.isAfter(period.deadline()) ? ComplianceState.LATE : ComplianceState.ON_TIME;
        }
        return asOf.isAfter(period.deadline()) ? ComplianceState.MISSING : ComplianceState.OPEN;
    }
}
