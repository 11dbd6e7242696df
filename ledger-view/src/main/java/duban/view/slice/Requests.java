package duban.view.slice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What units asked of the supervisors on a task, how it was decided, and the supervisors' urges (催办). */
public final class Requests {

    /** How a request stands. */
    public enum Outcome { PENDING, APPROVED, REJECTED, GRANTED, DENIED }

    /** A completion request (办结申请). */
    public record Completion(String unitId, String note, Instant requestedAt, Outcome outcome, Instant decidedAt,
                             String decisionNote) {
    }

    /** An extension request (延期申请). */
    public record Extension(String requestId, String milestoneId, String unitId, LocalDate requestedDueOn,
                            String reason, Instant requestedAt, Outcome outcome, Instant decidedAt,
                            LocalDate grantedDueOn, String decisionNote) {
    }

    /** An urge (催办), known by the id of the event that recorded it. */
    public record Urge(String urgeId, List<String> unitIds, String message, Instant at) {

        public Urge {
            unitIds = List.copyOf(unitIds);
        }
    }

    private Requests() {
    }
}
