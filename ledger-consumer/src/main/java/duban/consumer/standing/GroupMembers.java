package duban.consumer.standing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit group (单位组) and its members as last defined, a JSON array of unit ids. */
@Entity
@Table(name = "standing_group")
public class GroupMembers {

    @Id
    @Column(name = "group_id")
    public String groupId;

    @Column(name = "member_unit_ids")
    public String memberUnitIds;
}
