package duban.tasks.lookup;

import duban.tasks.task.port.GroupMembers;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The members of unit groups, as the unit directory's events defined them. */
@Singleton
public class GroupMembersTable implements GroupMembers {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Optional<List<String>> membersOf(String groupId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT unit_id FROM unit_group_member WHERE group_id = ? ORDER BY unit_id")) {
            query.setString(1, groupId);
            List<String> members = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getString(1));
                }
            }
            return members.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(members));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the members of group " + groupId, e);
        }
    }
}
