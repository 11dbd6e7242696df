package duban.tasks.ledger.query;

import duban.events.unit.UnitCategory;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names behind unit and group ids, from the unit directory tables, in two queries. */
@ApplicationScoped
public class UnitNameTable {

    /** A registered unit as the ledger names it. */
    public record UnitName(String unitId, String name, UnitCategory category, List<String> aliases) {
    }

    /** A unit group: its phrase and its members' ids. */
    public record GroupName(String groupId, String phrase, List<String> memberIds) {
    }

    /** Everything the directory knows, by id. */
    public record Names(Map<String, UnitName> units, Map<String, GroupName> groups) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Names read() {
        Map<String, UnitName> units = new HashMap<>();
        Map<String, GroupName> groups = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT unit_id, name, category, aliases FROM unit_directory");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    units.put(row.getString(1), new UnitName(row.getString(1), row.getString(2),
                            UnitCategory.valueOf(row.getString(3)), aliases(row.getArray(4))));
                }
            }
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.group_id, p.phrase, m.unit_id FROM unit_group_phrase p
                    LEFT JOIN unit_group_member m ON m.group_id = p.group_id ORDER BY p.group_id, m.unit_id""");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    GroupName group = groups.computeIfAbsent(row.getString(1),
                            id -> new GroupName(id, phraseOf(row), new ArrayList<>()));
                    if (row.getString(3) != null) {
                        group.memberIds().add(row.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit directory", e);
        }
        return new Names(units, groups);
    }

    private static String phraseOf(ResultSet row) {
        try {
            return row.getString(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> aliases(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
