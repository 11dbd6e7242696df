package duban.tasks.eventstore;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Each stored event's own position in the whole store, by its event id.
 *
 * <p>Why the publisher asks here rather than its tracking token: the token carries the highest index the reader
 * has seen. An event whose transaction committed after a later index's (a gap that filled) arrives with the head's
 * number, so several events would be published with one {@code globalindex}.
 */
@ApplicationScoped
public class GlobalIndexes {

    private static final String OF_EVENTS = "SELECT event_identifier, global_index FROM " + EventTable.NAME
            + " WHERE event_identifier = ANY (?)";

    @Inject
    AgroalDataSource dataSource;

    /** The global index of each of these events that is stored; one query however many. */
    public Map<String, Long> of(Collection<String> eventIds) {
        Map<String, Long> indexes = new HashMap<>(eventIds.size() * 2);
        if (eventIds.isEmpty()) {
            return indexes;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(OF_EVENTS)) {
            Array ids = connection.createArrayOf("varchar", eventIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    indexes.put(rows.getString(1), rows.getLong(2));
                }
            }
            ids.free();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the global indexes of " + eventIds.size() + " events failed", e);
        }
        return indexes;
    }
}
