package duban.view.history;

import duban.rules.period.PlanReportingRule;
import java.time.LocalDate;

/** A plan (工作方案) as one of its events left it: its header and its reporting rule. */
public record PlanVersion(String planId, String title, String docNumber, String issuer, LocalDate issuedOn,
                          PlanReportingRule rule) {
}
