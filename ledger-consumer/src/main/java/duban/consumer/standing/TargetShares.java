package duban.consumer.standing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One target's allocation tree (目标分解) as JSON, and the groups holding a share of it. */
@Entity
@Table(name = "standing_target")
public class TargetShares {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "target_id")
    public String targetId;

    /** The {@code Allocation} list as JSON. */
    public String allocations;

    /** The ids of the unit groups holding a share, as a JSON array. */
    @Column(name = "group_ids")
    public String groupIds;

    static String idOf(String taskId, String targetId) {
        return taskId + "|" + targetId;
    }
}
