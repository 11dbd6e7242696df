package duban.consumer.standing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A task as the standings need it. Unit lists are JSON arrays of unit ids. */
@Entity
@Table(name = "standing_task")
public class TaskFacts {

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "parent_id")
    public String parentId;

    /** A {@code TaskStatus} name. */
    public String status;

    /** False once another task names it as its parent. */
    public boolean leaf;

    @Column(name = "lead_unit_ids")
    public String leadUnitIds;

    @Column(name = "co_unit_ids")
    public String coUnitIds;
}
