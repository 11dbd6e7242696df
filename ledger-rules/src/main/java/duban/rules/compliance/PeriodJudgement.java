package duban.rules.compliance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a unit did on one period, with where its report stands in review.
 *
 * @param state     ON_TIME, LATE, MISSING or OPEN
 * @param review    where the report that decides the period stands in review; null when the period's reports are
 *                  not reviewed or nothing was filed
 * @param reportId  the report or correction the state was judged from; null when none
 * @param filedAt   when the ledger recorded that report; null when none
 * @param reason    the return's reason while the report that decides is returned; null otherwise
 * @param correctBy the last day a correction is due while the report is returned; null otherwise
 */
public record PeriodJudgement(ComplianceState state, ReviewState review, String reportId, Instant filedAt,
                              String reason, LocalDate correctBy) {

    /** The judgement of a period whose reports are not reviewed. */
    public static PeriodJudgement unreviewed(ComplianceState state, String reportId, Instant filedAt) {
        return new PeriodJudgement(state, null, reportId, filedAt, null, null);
    }

    /** Returned and not corrected in time: the period counts as missing, and why. */
    public boolean missingAfterReturn() {
        return state == ComplianceState.MISSING && review == ReviewState.RETURNED;
    }
}
