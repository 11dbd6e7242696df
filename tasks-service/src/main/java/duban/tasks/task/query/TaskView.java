package duban.tasks.task.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as its events tell it.
 *
 * @param version the sequence number of its last event: the ETag and the If-Match value
 * @param reports the latest report of each unit that reported, newest first
 */
public record TaskView(
        String id,
        String planId,
        String parentId,
        String code,
        String title,
        String text,
        List<String> leadUnitIds,
        List<String> coUnitIds,
        String timelineText,
        String status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<Report> reports) {

    /** A unit's report as it stands (a corrected report shows the correction). */
    public record Report(String reportId, String unitId, LocalDate period, String text, Instant reportedAt,
                         String supersedes) {
    }
}
