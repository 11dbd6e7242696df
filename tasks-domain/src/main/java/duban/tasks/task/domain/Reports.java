package duban.tasks.task.domain;

import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The progress reports filed on the task: never edited, only superseded by a correction; and how review (审核) left
 * each one, on a plan that reviews reports.
 */
@SnapshotState
final class Reports {

    /** A filed report as rules need it; {@code superseded} once a correction replaced it. */
    record Filed(String unitId, LocalDate period, boolean superseded) {
    }

    /** How a supervisor decided on a report; a report with no decision waits for review (when its plan reviews). */
    enum Review {
        ACCEPTED, RETURNED
    }

    private final Map<String, Filed> byId = new LinkedHashMap<>();
    /** Kept apart from {@link Filed}: a snapshot taken before review existed restores as "nothing reviewed". */
    private final Map<String, Review> reviews = new LinkedHashMap<>();

    boolean contains(String reportId) {
        return byId.containsKey(reportId);
    }

    /** Whether the unit filed for the period already (a correction keeps the period of the report it replaces). */
    boolean reported(String unitId, LocalDate period) {
        return byId.values().stream().anyMatch(filed -> filed.unitId().equals(unitId) && filed.period().equals(period));
    }

    /** The report a correction may supersede: known and still in force. */
    Filed requireInForce(String reportId) {
        Filed filed = byId.get(reportId);
        if (filed == null) {
            throw Violation.UNKNOWN_REPORT.because("the task has no report " + reportId);
        }
        if (filed.superseded()) {
            throw Violation.REPORT_SUPERSEDED.because("report " + reportId + " was already superseded by a correction");
        }
        return filed;
    }

    /**
     * The report a supervisor may accept or return: the one in force for its unit and period (a superseded one
     * was answered already), with no decision yet. A returned report is answered by a correction, not reviewed again.
     */
    Filed requireAwaitingReview(String reportId) {
        Filed filed = requireInForce(reportId);
        Review review = reviews.get(reportId);
        if (review != null) {
            throw Violation.ALREADY_REVIEWED.because("report " + reportId + " was " + review.name().toLowerCase(Locale.ROOT) + " already" + (review == Review.RETURNED
                    ? "; its unit answers with a correction, which is reviewed in turn" : ""));
        }
        return filed;
    }

    void reviewed(String reportId, Review review) {
        reviews.put(reportId, review);
    }

    void filed(String reportId, String unitId, LocalDate period) {
        byId.put(reportId, new Filed(unitId, period, false));
    }

    void superseded(String reportId) {
        byId.computeIfPresent(reportId, (id, filed) -> new Filed(filed.unitId(), filed.period(), true));
    }
}
