package duban.rules.rag;

import duban.rules.compliance.ComplianceState;
import java.time.Instant;
import java.time.LocalDate;

/** One period a unit owed, its deadline and how the unit did. */
public record PeriodRecord(String unitId, LocalDate period, Instant deadline, ComplianceState state) {
}
