package duban.view.slice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report returned (退回) to its unit, as the ledger recorded it: what a bulletin counts and what the unit is
 * reminded of.
 *
 * @param reportId  the report or correction returned
 * @param unitId    the unit that filed it
 * @param period    the period it was filed for
 * @param at        when the ledger recorded the return
 * @param reason    why, as the supervisor wrote it
 * @param correctBy the last day (plan time zone) a correction is due
 */
public record ReportReturn(String reportId, String unitId, LocalDate period, Instant at, String reason,
                           LocalDate correctBy) {
}
