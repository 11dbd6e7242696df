package duban.view.slice;

import duban.rules.compliance.ComplianceState;
import duban.rules.period.ReportingPeriod;
import java.time.Instant;

/**
 * A period a unit owed on a task, and how it did.
 *
 * @param firstFiledAt when the ledger recorded its first report for the period; null when none by then
 * @param reportId     the report in force for the period (a correction's id once corrected); null when none
 */
public record PeriodState(ReportingPeriod period, ComplianceState state, Instant firstFiledAt, String reportId) {
}
