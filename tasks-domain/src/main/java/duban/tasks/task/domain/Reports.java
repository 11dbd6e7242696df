package duban.tasks.task.domain;

import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The progress reports filed on the task: never edited, only superseded by a correction. */
@SnapshotState
final class Reports {

    /** A filed report as rules need it; {@code superseded} once a correction replaced it. */
    record Filed(String unitId, LocalDate period, boolean superseded) {
    }

    private final Map<String, Filed> byId = new LinkedHashMap<>();

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

    void filed(String reportId, String unitId, LocalDate period) {
        byId.put(reportId, new Filed(unitId, period, false));
    }

    void superseded(String reportId) {
        byId.computeIfPresent(reportId, (id, filed) -> new Filed(filed.unitId(), filed.period(), true));
    }
}
