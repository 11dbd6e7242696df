package duban.notification.schedule.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A unit owes reports on a task from the first reporting day at least 2 days after its assignment. */
@Entity
@Table(name = "obligation")
public class Obligation {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "task_code")
    public String taskCode;

    @Column(name = "task_title")
    public String taskTitle;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    /** False once the task is closed, cancelled, no longer a leaf, or the unit was taken off it. */
    public boolean active;

    public static String idOf(String taskId, String unitId) {
        return taskId + "|" + unitId;
    }
}
