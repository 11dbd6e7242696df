package duban.reporting.dashboard.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What a dashboard shows of a task. */
@Entity
@Table(name = "task_summary")
public class TaskSummary {

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id")
    public String planId;

    public String code;

    public String title;

    public String status;

    /** The sequence number of the last event applied. */
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
