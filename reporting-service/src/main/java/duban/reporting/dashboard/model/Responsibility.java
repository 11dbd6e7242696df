package duban.reporting.dashboard.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's place on a task: LEAD (牵头单位) or CO (同责单位). */
@Entity
@Table(name = "responsibility")
public class Responsibility {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "unit_id")
    public String unitId;

    public String role;

    public static Responsibility of(String taskId, String unitId, String role) {
        Responsibility r = new Responsibility();
        r.id = taskId + "|" + unitId;
        r.taskId = taskId;
        r.unitId = unitId;
        r.role = role;
        return r;
    }
}
