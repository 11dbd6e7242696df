package duban.tasks.unit.query;

import duban.tasks.eventstore.StoredEvents;
import duban.tasks.lookup.DirectoryTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers questions about unit groups: one group folded from its definitions (exact for a past instant), the list
 * from the phrase and member tables the lookup processor keeps.
 */
@ApplicationScoped
public class UnitGroupQueries {

    @Inject
    StoredEvents events;

    @Inject
    DirectoryTables directory;

    /** The group as the definitions recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<UnitGroupView> findAsOf(String groupId, Instant asOf) {
        return events.replay(groupId, asOf, new UnitGroupFold()).map(fold -> view(groupId, fold));
    }

    private UnitGroupView view(String groupId, UnitGroupFold fold) {
        List<String> memberIds = fold.definition().memberUnitIds();
        Map<String, String> names = directory.namesOf(memberIds);
        return new UnitGroupView(groupId, fold.definition().phrase(),
                memberIds.stream().map(id -> new UnitRef(id, names.get(id))).toList(),
                fold.version(), fold.firstRecordedAt(), fold.lastRecordedAt());
    }

    public Optional<UnitGroupView> find(String groupId) {
        return findAsOf(groupId, null);
    }

    /** Every group with its members, by phrase, then by member name. */
    public List<UnitGroupView> list() {
        return directory.groupsWithMembers().stream()
                .map(group -> new UnitGroupView(group.groupId(), group.phrase(), group.members().stream()
                        .map(member -> new UnitRef(member.unitId(), member.name())).toList(), null, null, null))
                .toList();
    }
}
