package duban.tasks.lookup;

import duban.events.unit.UnitCategory;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of the unit directory's tables ({@code unit_directory}, {@code unit_name_claim}, {@code unit_group_phrase},
 * {@code unit_group_member}), which {@link LookupTables} keeps in the transaction of the events that state them:
 * a read right after a command sees what it changed. Each read is one query.
 */
@Singleton
public class DirectoryTables {

    /** A registered unit with the names it goes by. */
    public record Unit(String unitId, String name, UnitCategory category, List<String> aliases) {
    }

    /** A member of a unit group; its name is null when the directory does not know the id. */
    public record Member(String unitId, String name) {
    }

    /** A unit group: the phrase of the notices it stands for, and its members. */
    public record Group(String groupId, String phrase, List<Member> members) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Every registered unit with its name and aliases now, by name. */
    public List<Unit> units() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT unit_id, name, category, aliases FROM unit_directory ORDER BY name");
             ResultSet rows = query.executeQuery()) {
            List<Unit> units = new ArrayList<>();
            while (rows.next()) {
                units.add(new Unit(rows.getString(1), rows.getString(2), UnitCategory.valueOf(rows.getString(3)),
                        aliases(rows.getArray(4))));
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit directory", e);
        }
    }

    /**
     * Every unit with exactly the name and aliases claimed up to {@code asOf} (null: now), by id, its aliases in the
     * order they were claimed; a unit whose name was not claimed by then is left out.
     */
    public List<Unit> unitsAsOf(Instant asOf) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT c.unit_id, c.spelling, c.is_name, d.category FROM unit_name_claim c
                     JOIN unit_directory d ON d.unit_id = c.unit_id
                     WHERE CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL
                        OR c.recorded_at <= CAST(? AS TIMESTAMP WITH TIME ZONE)
                     ORDER BY c.unit_id, c.recorded_at, c.spelling""")) {
            OffsetDateTime cutOff = asOf == null ? null : asOf.atOffset(ZoneOffset.UTC);
            query.setObject(1, cutOff, Types.TIMESTAMP_WITH_TIMEZONE);
            query.setObject(2, cutOff, Types.TIMESTAMP_WITH_TIMEZONE);
            Map<String, Claims> units = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UnitCategory category = UnitCategory.valueOf(rows.getString(4));
                    Claims unit = units.computeIfAbsent(rows.getString(1), id -> new Claims(id, category));
                    if (rows.getBoolean(3)) {
                        unit.name = rows.getString(2);
                    } else {
                        unit.aliases.add(rows.getString(2));
                    }
                }
            }
            return units.values().stream()
                    .filter(unit -> unit.name != null)
                    .map(unit -> new Unit(unit.id, unit.name, unit.category, List.copyOf(unit.aliases)))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit directory", e);
        }
    }

    /** The names of the given units, by id; an id the directory does not know is left out. */
    public Map<String, String> namesOf(Collection<String> unitIds) {
        Map<String, String> names = new HashMap<>();
        if (unitIds.isEmpty()) {
            return names;
        }
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

    /** The unit that goes by this spelling (name or alias) now, with its name, if any. */
    public Optional<Member> holderOf(String spelling) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT c.unit_id, n.spelling FROM unit_name_claim c
                     LEFT JOIN unit_name_claim n ON n.unit_id = c.unit_id AND n.is_name
                     WHERE c.spelling = ?""")) {
            query.setString(1, spelling);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Member(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claims on unit names", e);
        }
    }

    /**
     * Every group that has members, by phrase and id; its members by name (as the database collates), then id.
     */
    public List<Group> groupsWithMembers() {
        Map<String, Group> groups = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT p.group_id, p.phrase, m.unit_id, u.name FROM unit_group_phrase p
                     JOIN unit_group_member m ON m.group_id = p.group_id
                     LEFT JOIN unit_directory u ON u.unit_id = m.unit_id
                     ORDER BY p.phrase, p.group_id, u.name, m.unit_id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String phrase = rows.getString(2);
                groups.computeIfAbsent(rows.getString(1), id -> new Group(id, phrase, new ArrayList<>()))
                        .members().add(new Member(rows.getString(3), rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit groups", e);
        }
        return frozen(groups);
    }

    /** Every group, those without members too, by id; its members by id (names left null). */
    public List<Group> groupsByMemberId() {
        Map<String, Group> groups = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT p.group_id, p.phrase, m.unit_id FROM unit_group_phrase p
                     LEFT JOIN unit_group_member m ON m.group_id = p.group_id ORDER BY p.group_id, m.unit_id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String phrase = rows.getString(2);
                Group group = groups.computeIfAbsent(rows.getString(1), id -> new Group(id, phrase, new ArrayList<>()));
                if (rows.getString(3) != null) {
                    group.members().add(new Member(rows.getString(3), null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit groups", e);
        }
        return frozen(groups);
    }

    private static List<Group> frozen(Map<String, Group> groups) {
        return groups.values().stream()
                .map(group -> new Group(group.groupId(), group.phrase(), List.copyOf(group.members())))
                .toList();
    }

    private static List<String> aliases(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** One unit's claims, as they are collected. */
    private static final class Claims {
        private final String id;
        private final UnitCategory category;
        private final List<String> aliases = new ArrayList<>();
        private String name;

        Claims(String id, UnitCategory category) {
            this.id = id;
            this.category = category;
        }
    }
}
