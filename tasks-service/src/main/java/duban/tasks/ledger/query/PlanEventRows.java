package duban.tasks.ledger.query;

import duban.tasks.infrastructure.axon.StoredEventFormat;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.EventStreamUtils;

/**
 * Every stored event of a plan and of the tasks created in it, in one query, in store order, read as the
 * aggregates read them (same serializer, same upcasters: a stored v1 milestone arrives as v2).
 */
@ApplicationScoped
public class PlanEventRows {

    /** The plan's tasks are those {@code plan_task} lists, kept from TaskCreated in the event's transaction. */
    private static final String QUERY = """
            SELECT aggregate_identifier, sequence_number, type, event_identifier, time_stamp, payload_type,
                   payload_revision, payload, meta_data
            FROM domain_event_entry
            WHERE aggregate_identifier = ?
               OR aggregate_identifier IN (SELECT task_id FROM plan_task WHERE plan_id = ?)
            ORDER BY global_index""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StoredEventFormat format;

    public List<DomainEventMessage<?>> read(String planId) {
        List<DomainEventData<?>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, planId);
            query.setString(2, planId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new GenericDomainEventEntry<>(row.getString(3), row.getString(1), row.getLong(2),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of plan " + planId, e);
        }
        List<DomainEventMessage<?>> events = new ArrayList<>(rows.size());
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), format.serializer(),
                format.upcasters());
        stream.forEachRemaining(events::add);
        return events;
    }
}
