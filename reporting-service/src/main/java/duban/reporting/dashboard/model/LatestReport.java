package duban.reporting.dashboard.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The latest report of one unit on one task (a correction replaces the report it supersedes). */
@Entity
@Table(name = "latest_report")
public class LatestReport {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "report_id")
    public String reportId;

    public LocalDate period;

    public String text;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    public String supersedes;

    public static String idOf(String taskId, String unitId) {
        return taskId + "|" + unitId;
    }
}
