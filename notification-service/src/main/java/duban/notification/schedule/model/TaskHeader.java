package duban.notification.schedule.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a schedule shows of a task: its plan, code, title and its own reporting cadence, if its notice sets one. */
@Entity
@Table(name = "task_header")
public class TaskHeader {

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id")
    public String planId;

    public String code;

    public String title;

    /** The task's {@code ReportingCadence} as JSON; null when it reports on its plan's days. */
    public String cadence;
}
