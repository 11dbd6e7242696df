package duban.view.slice;

import duban.rules.compliance.ComplianceState;
import duban.rules.compliance.PeriodJudgement;
import duban.rules.compliance.ReviewState;
import duban.rules.period.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period a unit owed on a task, and how it did.
 *
 * @param firstFiledAt when the ledger recorded its first report for the period; null when none by then
 * @param reportId     the report in force for the period (a correction's id once corrected); null when none
 * @param judgement    the ledger rule's whole verdict, with where the period's report stands in review
 */
public record PeriodState(ReportingPeriod period, ComplianceState state, Instant firstFiledAt, String reportId,
                          PeriodJudgement judgement) {

    /** A period of a plan that does not review its reports. */
    public PeriodState(ReportingPeriod period, ComplianceState state, Instant firstFiledAt, String reportId) {
        this(period, state, firstFiledAt, reportId, PeriodJudgement.unreviewed(state, reportId, firstFiledAt));
    }

    /** Where the report deciding the period stands in review (审核); null when not reviewed or nothing filed. */
    public ReviewState review() {
        return judgement.review();
    }

    /** The return's reason while the deciding report is returned (退回); null otherwise. */
    public String returnReason() {
        return judgement.review() == ReviewState.RETURNED ? judgement.reason() : null;
    }

    /** The last day a correction is due while the deciding report is returned; null otherwise. */
    public LocalDate correctBy() {
        return judgement.review() == ReviewState.RETURNED ? judgement.correctBy() : null;
    }
}
