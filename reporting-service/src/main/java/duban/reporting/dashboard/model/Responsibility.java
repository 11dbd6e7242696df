package duban.reporting.dashboard.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit's place on a task, the first of its standings: LEAD (牵头单位), CO (同责单位), SHARE_HOLDER (holds a share of a
 * target) or GROUP_MEMBER (a member of a group holding one).
 */
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
