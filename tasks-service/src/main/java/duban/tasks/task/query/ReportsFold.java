package duban.tasks.task.query;

import duban.events.envelope.Actor;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.events.task.TargetCount;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The progress reports (进展情况) of one task: all of them, each marked in force or superseded. Counts are
 * cumulative, so a unit's latest count of a target is the one in its in-force report of the latest period.
 */
final class ReportsFold {

    private final Map<String, TaskView.Report> byId = new LinkedHashMap<>();
    private final Map<String, TaskView.Review> reviews = new LinkedHashMap<>();

    void reported(ProgressReported e, Instant recordedAt) {
        byId.put(e.reportId(), new TaskView.Report(e.reportId(), e.unitId(), e.period(), e.text(), orEmpty(e.counts()),
                orEmpty(e.milestonesClaimedDone()), orEmpty(e.attachments()), recordedAt, null, null, null, true, null));
    }

    void corrected(ProgressReportCorrected e, Instant recordedAt) {
        byId.computeIfPresent(e.supersedesReportId(), (id, old) -> new TaskView.Report(old.reportId(), old.unitId(),
                old.period(), old.text(), old.counts(), old.milestonesClaimedDone(), old.attachments(),
                old.reportedAt(), old.supersedes(), old.correctionReason(), e.reportId(), false, null));
        byId.put(e.reportId(), new TaskView.Report(e.reportId(), e.unitId(), e.period(), e.text(), orEmpty(e.counts()),
                orEmpty(e.milestonesClaimedDone()), orEmpty(e.attachments()), recordedAt, e.supersedesReportId(),
                e.reason(), null, true, null));
    }

    void accepted(ReportAccepted e, Instant recordedAt, Actor actor) {
        reviews.put(e.reportId(), new TaskView.Review(TaskView.ReviewState.ACCEPTED, e.note(), null, null,
                userOf(actor), recordedAt));
    }

    void returned(ReportReturned e, Instant recordedAt, Actor actor) {
        reviews.put(e.reportId(), new TaskView.Review(TaskView.ReviewState.RETURNED, null, e.reason(), e.correctBy(),
                userOf(actor), recordedAt));
    }

    /**
     * Every report, newest first, each with its review: the decision taken on it, or, while the plan reviews
     * reports, PENDING_REVIEW for a report in force that has none.
     */
    List<TaskView.Report> view(boolean reviewRequired) {
        return byId.values().stream()
                .map(report -> report.withReview(reviews.getOrDefault(report.reportId(),
                        reviewRequired && report.inForce() ? TaskView.Review.PENDING : null)))
                .sorted(Comparator.comparing(TaskView.Report::reportedAt).reversed()).toList();
    }

    private static String userOf(Actor actor) {
        return actor == null ? null : actor.userId();
    }

    /** The reports in force that claim the milestone done. */
    List<String> claimingDone(String milestoneId) {
        return inForce().filter(report -> report.milestonesClaimedDone().contains(milestoneId))
                .map(TaskView.Report::reportId).toList();
    }

    /** Per unit, the count of its in-force report of the latest period that counts the target. */
    List<TaskView.UnitCount> latestCounts(String targetId) {
        Map<String, TaskView.UnitCount> byUnit = new LinkedHashMap<>();
        inForce().sorted(Comparator.comparing(TaskView.Report::period).thenComparing(TaskView.Report::reportedAt))
                .forEach(report -> report.counts().stream()
                        .filter(count -> Objects.equals(count.targetId(), targetId))
                        .findFirst()
                        .ifPresent(count -> byUnit.put(report.unitId(), unitCount(report, count))));
        return List.copyOf(byUnit.values());
    }

    private java.util.stream.Stream<TaskView.Report> inForce() {
        return byId.values().stream().filter(TaskView.Report::inForce);
    }

    private static TaskView.UnitCount unitCount(TaskView.Report report, TargetCount count) {
        return new TaskView.UnitCount(report.unitId(), count.cumulative(), report.period(), report.reportId());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
