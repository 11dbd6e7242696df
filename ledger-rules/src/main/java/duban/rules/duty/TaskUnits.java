package duban.rules.duty;

import duban.events.task.Allocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units a task names: its lead and co-responsible units and the holders of its targets' shares, with the
 * standing each has on it.
 *
 * @param leadUnitIds 牵头单位
 * @param coUnitIds   同责单位
 * @param shares      every target's allocation trees (目标分解), in any order
 */
public record TaskUnits(List<String> leadUnitIds, List<String> coUnitIds, Collection<List<Allocation>> shares) {

    public TaskUnits {
        leadUnitIds = leadUnitIds == null ? List.of() : List.copyOf(leadUnitIds);
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    /** Every unit on the task with its standing, in the order: leads, co-responsible units, then share holders. */
    public Map<String, UnitStanding> standings(GroupMembership groups) {
        Map<String, Set<Standing>> standings = new LinkedHashMap<>();
        Map<String, Set<String>> viaGroups = new LinkedHashMap<>();
        leadUnitIds.forEach(unit -> add(standings, unit, Standing.LEAD));
        coUnitIds.forEach(unit -> add(standings, unit, Standing.CO));
        for (Allocation node : nodes()) {
            if (node.unitId() != null) {
                add(standings, node.unitId(), Standing.SHARE_HOLDER);
            }
            if (node.groupId() != null) {
                for (String member : groups.membersOf(node.groupId()).orElse(List.of())) {
                    add(standings, member, Standing.GROUP_MEMBER);
                    viaGroups.computeIfAbsent(member, m -> new LinkedHashSet<>()).add(node.groupId());
                }
            }
        }
        Map<String, UnitStanding> result = new LinkedHashMap<>();
        standings.forEach((unit, set) -> result.put(unit,
                new UnitStanding(unit, set, List.copyOf(viaGroups.getOrDefault(unit, Set.of())))));
        return result;
    }

    /** How {@code unitId} stands on the task, if at all. */
    public Optional<UnitStanding> standingOf(String unitId, GroupMembership groups) {
        return Optional.ofNullable(standings(groups).get(unitId));
    }

    /** The units that owe a report for every period while the task runs. */
    public Set<String> unitsOwingReports(GroupMembership groups) {
        Set<String> owing = new LinkedHashSet<>();
        standings(groups).forEach((unit, standing) -> {
            if (standing.owesReports()) {
                owing.add(unit);
            }
        });
        return owing;
    }

    /** The unit groups holding a share, in order. */
    public Set<String> shareHoldingGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (Allocation node : nodes()) {
            if (node.groupId() != null) {
                groups.add(node.groupId());
            }
        }
        return groups;
    }

    private List<Allocation> nodes() {
        List<Allocation> nodes = new ArrayList<>();
        for (List<Allocation> roots : shares) {
            List<Allocation> pending = new ArrayList<>(roots == null ? List.of() : roots);
            while (!pending.isEmpty()) {
                Allocation node = pending.remove(0);
                nodes.add(node);
                if (node.children() != null) {
                    pending.addAll(0, node.children());
                }
            }
        }
        return nodes;
    }

    private static void add(Map<String, Set<Standing>> standings, String unit, Standing standing) {
        standings.computeIfAbsent(unit, u -> EnumSet.noneOf(Standing.class)).add(standing);
    }
}
