package duban.tasks.imports.directory;

import duban.events.unit.UnitCategory;
import duban.tasks.imports.ImportIds;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the unit directory tables into {@link KnownUnits}, in one transaction so the reading is consistent. */
@Singleton
public class UnitDirectoryTable {

    @Inject
    AgroalDataSource dataSource;

    public KnownUnits read() {
        KnownUnits.Builder directory = KnownUnits.builder();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT unit_id, name, category, aliases FROM unit_directory ORDER BY name");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    directory.unit(rows.getString(1), rows.getString(2), UnitCategory.valueOf(rows.getString(3)),
                            aliases(rows.getArray(4)));
                }
            }
            for (GroupRow group : sharedGroups(connection)) {
                directory.group(group.groupId(), group.phrase(), group.memberIds());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit directory", e);
        }
        return directory.build();
    }

    /**
     * Only groups whose phrase means the same units everywhere: a 其他… group stands for the units of one
     * sentence, and offering it to the parser as the phrase's meaning would give other notices wrong members.
     * The shared group of a phrase is the one with the phrase's shared id.
     */
    private static List<GroupRow> sharedGroups(Connection connection) throws SQLException {
        Map<String, GroupRow> groups = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT p.group_id, p.phrase, m.unit_id FROM unit_group_phrase p
                JOIN unit_group_member m ON m.group_id = p.group_id
                LEFT JOIN unit_directory u ON u.unit_id = m.unit_id
                ORDER BY p.phrase, u.name, m.unit_id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String groupId = rows.getString(1);
                String phrase = rows.getString(2);
                if (groupId.equals(ImportIds.sharedGroup(phrase))) {
                    groups.computeIfAbsent(groupId, id -> new GroupRow(id, phrase, new ArrayList<>()))
                            .memberIds().add(rows.getString(3));
                }
            }
        }
        return List.copyOf(groups.values());
    }

    private record GroupRow(String groupId, String phrase, List<String> memberIds) {
    }

    private static List<String> aliases(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
