package duban.tasks.imports;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Which of some aggregate ids the event store holds already: one query for a whole import. */
@Singleton
public class ExistingAggregates {

    @Inject
    AgroalDataSource dataSource;

    public Set<String> among(Collection<String> aggregateIds) {
        Set<String> existing = new HashSet<>();
        if (aggregateIds.isEmpty()) {
            return existing;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT DISTINCT aggregate_identifier FROM domain_event_entry
                     WHERE aggregate_identifier = ANY (?) AND sequence_number = 0""")) {
            query.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which aggregates exist", e);
        }
        return existing;
    }
}
