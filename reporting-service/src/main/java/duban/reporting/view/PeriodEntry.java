package duban.reporting.view;

import duban.view.slice.PeriodState;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reporting period (报送期) a unit owed, and how it did.
 *
 * @param period       the reporting day naming the period
 * @param deadlineDate the day it was due, after any move past days off
 * @param deadlineAt   the end of that day in the plan's zone
 * @param filedAt      when the ledger recorded its first report for the period; null when none
 * @param reportId     the report in force for the period; null when none
 */
@Schema(name = "PeriodEntry", description = "A reporting period a unit owed and how it did")
public record PeriodEntry(@Schema(example = "2017-11-20") LocalDate period, LocalDate deadlineDate, Instant deadlineAt,
                          @Schema(enumeration = {"ON_TIME", "LATE", "MISSING", "OPEN"}) String state,
                          Instant filedAt, String reportId) {

    public static PeriodEntry of(PeriodState state) {
        return new PeriodEntry(state.period().nominalDay(), state.period().deadlineDate(), state.period().deadline(),
                state.state().name(), state.firstFiledAt(), state.reportId());
    }
}
