package duban.tasks.unit.query;

import duban.tasks.eventstore.StoredEvents;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    AgroalDataSource dataSource;

    /** The group as the definitions recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<UnitGroupView> findAsOf(String groupId, Instant asOf) {
        return events.replay(groupId, asOf, new UnitGroupFold()).map(fold -> view(groupId, fold));
    }

    private UnitGroupView view(String groupId, UnitGroupFold fold) {
        List<String> memberIds = fold.definition().memberUnitIds();
        Map<String, String> names = namesOf(memberIds);
        return new UnitGroupView(groupId, fold.definition().phrase(),
                memberIds.stream().map(id -> new UnitRef(id, names.get(id))).toList(),
                fold.version(), fold.firstRecordedAt(), fold.lastRecordedAt());
    }

    public Optional<UnitGroupView> find(String groupId) {
        return findAsOf(groupId, null);
    }

    /** Every group with its members, by phrase, then by member name. */
    public List<UnitGroupView> list() {
        Map<String, UnitGroupView> groups = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT p.group_id, p.phrase, m.unit_id, u.name FROM unit_group_phrase p
                     JOIN unit_group_member m ON m.group_id = p.group_id
                     LEFT JOIN unit_directory u ON u.unit_id = m.unit_id
                     ORDER BY p.phrase, p.group_id, u.name, m.unit_id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String phrase = rows.getString(2);
                groups.computeIfAbsent(rows.getString(1),
                                id -> new UnitGroupView(id, phrase, new ArrayList<>(), null, null, null))
                        .members().add(new UnitRef(rows.getString(3), rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit groups", e);
        }
        return groups.values().stream()
                .map(g -> new UnitGroupView(g.id(), g.phrase(), List.copyOf(g.members()), null, null, null))
                .toList();
    }

    private Map<String, String> namesOf(List<String> unitIds) {
        Map<String, String> names = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT unit_id, name FROM unit_directory WHERE unit_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", unitIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the names of units", e);
        }
        return names;
    }
}
