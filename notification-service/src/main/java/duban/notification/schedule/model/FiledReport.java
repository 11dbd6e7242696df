package duban.notification.schedule.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A unit filed a report on a task for a period: reminders for that period stop. */
@Entity
@Table(name = "filed_report")
public class FiledReport {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "unit_id")
    public String unitId;

    public LocalDate period;

    @Column(name = "filed_at")
    public OffsetDateTime filedAt;

    public static String idOf(String taskId, String unitId, LocalDate period) {
        return taskId + "|" + unitId + "|" + period;
    }
}
