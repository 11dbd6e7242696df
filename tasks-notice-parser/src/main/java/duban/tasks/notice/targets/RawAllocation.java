package duban.tasks.notice.targets;

import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.units.RawHolder;
import java.util.List;

/** A share as read, its holder not yet resolved. */
public record RawAllocation(RawHolder holder, boolean each, Quantity quantity, String measure, boolean soft,
        String note, List<RawAllocation> children, int line) {

    public RawAllocation {
        children = List.copyOf(children);
    }
}
