package duban.rules.duty;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How one unit stands on one task.
 *
 * @param standings every way it stands on the task, never empty
 * @param viaGroups the groups through which it holds a share (for {@link Standing#GROUP_MEMBER}), in order
 */
public record UnitStanding(String unitId, Set<Standing> standings, List<String> viaGroups) {

    public UnitStanding {
        standings = standings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(standings));
        viaGroups = List.copyOf(viaGroups);
        if (standings.isEmpty()) {
            throw new IllegalArgumentException("a unit on a task stands on it somehow");
        }
    }

    /** Whether the unit owes a report for every period while the task runs. */
    public boolean owesReports() {
        return standings.stream().anyMatch(Standing::owesReports);
    }

    /** Whether the unit may file a report: it owes one, or it shares the task as a co-responsible unit. */
    public boolean mayReport() {
        return !standings.isEmpty();
    }

    /** The standing a list shows first: lead, then co-responsible, then a share of its own, then a group's. */
    public Standing primary() {
        for (Standing standing : Standing.values()) {
            if (standings.contains(standing)) {
                return standing;
            }
        }
        throw new IllegalStateException("no standing");
    }

    public boolean is(Standing standing) {
        return standings.contains(standing);
    }
}
