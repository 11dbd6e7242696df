package duban.rules.compliance;

import duban.rules.period.ReportingPeriod;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Judges a unit's record on one period. Without review, what counts is when the unit first filed for the period, as
 * the ledger recorded it: a correction later on keeps the period and the original filing time, and a report filed
 * after {@code asOf} did not exist then. With review (审核) required, what counts is the report the office accepted:
 * see {@link #judge(ReportingPeriod, boolean, List, ZoneId, Instant)}.
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

    /**
     * Judges a period with its reports' review, the one rule every view of a period follows.
     *
     * <ul>
     *   <li>Review off: as {@link #judge(ReportingPeriod, Instant, Instant)} with the first filing; decisions on the
     *   reports are not looked at.</li>
     *   <li>A report (or correction) of the period accepted by {@code asOf}: the first accepted one decides, by its
     *   own filing time: ON_TIME when the ledger recorded it by the deadline, LATE after. A correction accepted after
     *   a return is judged by when the correction was filed, not the returned report: only what the office accepted
     *   counts as filed. Later corrections of an accepted report do not unsettle the period.</li>
     *   <li>Otherwise, the latest report returned: the period is owed again, OPEN until the end of its correction
     *   day (or the deadline, whichever is later), then MISSING, with the return's reason.</li>
     *   <li>Otherwise, the latest report pending review: counts as filed provisionally, ON_TIME or LATE by its filing
     *   time, so that the office's pace of review never makes a unit's report missing.</li>
     *   <li>Nothing filed: OPEN, then MISSING after the deadline.</li>
     * </ul>
     *
     * @param reviewRequired whether the period's reports are reviewed ({@link ReviewSetting#requiredFor})
     * @param submissions    the unit's reports and corrections for the period, in the order the ledger recorded
     *                       them, each with its latest decision; those recorded after {@code asOf} are left out here
     * @param zone           the plan's time zone, in which a correction day ends
     */
    public static PeriodJudgement judge(ReportingPeriod period, boolean reviewRequired, List<Submission> submissions,
                                        ZoneId zone, Instant asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        List<Submission> filed = submissions.stream().filter(s -> !s.filedAt().isAfter(asOf)).toList();
        if (!reviewRequired) {
            Submission first = filed.stream().reduce((a, b) -> b.filedAt().isBefore(a.filedAt()) ? b : a).orElse(null);
            return PeriodJudgement.unreviewed(judge(period, first == null ? null : first.filedAt(), asOf),
                    first == null ? null : first.reportId(), first == null ? null : first.filedAt());
        }
        if (filed.isEmpty()) {
            return PeriodJudgement.unreviewed(judge(period, null, asOf), null, null);
        }
        for (Submission submission : filed) {
            Review review = decided(submission, asOf);
            if (review != null && review.verdict() == ReviewState.ACCEPTED) {
                return new PeriodJudgement(judge(period, submission.filedAt(), asOf), ReviewState.ACCEPTED,
                        submission.reportId(), submission.filedAt(), null, null);
            }
        }
        Submission latest = filed.get(filed.size() - 1);
        Review review = decided(latest, asOf);
        if (review == null) {
            return new PeriodJudgement(judge(period, latest.filedAt(), asOf), ReviewState.PENDING, latest.reportId(),
                    latest.filedAt(), null, null);
        }
        Instant correctionDue = review.correctBy() == null ? period.deadline()
                : review.correctBy().plusDays(1).atStartOfDay(Objects.requireNonNull(zone, "zone")).toInstant();
        Instant owedUntil = correctionDue.isAfter(period.deadline()) ? correctionDue : period.deadline();
        ComplianceState state = asOf.isAfter(owedUntil) ? ComplianceState.MISSING : ComplianceState.OPEN;
        return new PeriodJudgement(state, ReviewState.RETURNED, latest.reportId(), latest.filedAt(), review.reason(),
                review.correctBy());
    }

    /** The submission's decision as recorded by {@code asOf}; null while none. */
    private static Review decided(Submission submission, Instant asOf) {
        Review review = submission.review();
        return review == null || review.at().isAfter(asOf) ? null : review;
    }
}
