package duban.tasks.notice.targets;

import duban.tasks.notice.model.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A target as read, its shares' holders not yet resolved. */
public final class RawTarget {

    private final String description;
    private final String measure;
    private final Quantity total;
    private final boolean soft;
    private final LocalDate dueOn;
    private final int line;
    private final Integer partOf;
    private final int segment;
    private final int list;
    private final List<RawAllocation> allocations = new ArrayList<>();
    private final List<String> namedItems = new ArrayList<>();
    private boolean namedOpenEnded;
    private boolean measureWarned;

    RawTarget(String description, String measure, Quantity total, boolean soft, LocalDate dueOn, int line,
            Integer partOf, int segment, int list) {
        this.description = description;
        this.measure = measure;
        this.total = total;
        this.soft = soft;
        this.dueOn = dueOn;
        this.line = line;
        this.partOf = partOf;
        this.segment = segment;
        this.list = list;
    }

    public String description() {
        return description;
    }

    public String measure() {
        return measure;
    }

    public Quantity total() {
        return total;
    }

    public boolean soft() {
        return soft;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public int line() {
        return line;
    }

    public Integer partOf() {
        return partOf;
    }

    public List<RawAllocation> allocations() {
        return allocations;
    }

    public List<String> namedItems() {
        return namedItems;
    }

    public boolean namedOpenEnded() {
        return namedOpenEnded;
    }

    int segment() {
        return segment;
    }

    int list() {
        return list;
    }

    void named(List<String> items, boolean openEnded) {
        namedItems.addAll(items);
        namedOpenEnded = openEnded;
    }

    /** A total still waiting for its breakdown. */
    boolean awaitsBreakdown() {
        return total != null && allocations.isEmpty() && namedItems.isEmpty();
    }

    /** True the first time only: one measure warning per target is enough. */
    boolean firstMeasureMismatch() {
        boolean first = !measureWarned;
        measureWarned = true;
        return first;
    }
}
