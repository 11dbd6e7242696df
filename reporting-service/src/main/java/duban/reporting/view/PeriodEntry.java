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
 * @param review       where the report deciding the period stands in review (审核) on a plan that reviews its
 *                     reports; null when not reviewed or nothing filed
 * @param returnReason why the report was returned (退回), while it is; null otherwise
 * @param correctBy    the last day its correction is due, while it is returned; null otherwise
 */
@Schema(name = "PeriodEntry", description = "A reporting period a unit owed and how it did")
public record PeriodEntry(@Schema(example = "2017-11-20") LocalDate period, LocalDate deadlineDate, Instant deadlineAt,
                          @Schema(enumeration = {"ON_TIME", "LATE", "MISSING", "OPEN"}) String state,
                          Instant filedAt, String reportId,
                          @Schema(enumeration = {"PENDING", "ACCEPTED", "RETURNED"}) String review,
                          @Schema(example = "内容空泛，未写明进度") String returnReason,
                          @Schema(example = "2017-11-23") LocalDate correctBy) {

    public static PeriodEntry of(PeriodState state) {
        return new PeriodEntry(state.period().nominalDay(), state.period().deadlineDate(), state.period().deadline(),
                state.state().name(), state.firstFiledAt(), state.reportId(),
                state.review() == null ? null : state.review().name(), state.returnReason(), state.correctBy());
    }
}
