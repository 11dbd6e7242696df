package duban.tasks.ledger.query;

import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.tasks.infrastructure.axon.ContractSerializer;
import duban.tasks.infrastructure.axon.MilestoneScheduledUpcaster;
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
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every stored event of a plan and of the tasks created in it, in one query, in store order, read as the
 * aggregates read them (same serializer, same upcasters: a stored v1 milestone arrives as v2).
 */
@ApplicationScoped
public class PlanEventRows {

    /**
     * The plan's tasks are the Task aggregates whose first event (TaskCreated) names the plan. Jackson writes
     * compact JSON, so the plan id stands in the payload exactly as {@code "planId":"…"}; a LIKE on it needs no
     * JSON cast, which a tampered, non-JSON row (see duban.tasks.audit) would make fail.
     */
    private static final String QUERY = """
            SELECT aggregate_identifier, sequence_number, type, event_identifier, time_stamp, payload_type,
                   payload_revision, payload, meta_data
            FROM domain_event_entry
            WHERE aggregate_identifier = ?
               OR aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                                           WHERE type = 'Task' AND sequence_number = 0
                                             AND payload LIKE ? ESCAPE '\\')
            ORDER BY global_index""";

    private final Serializer serializer = ContractSerializer.create(EventJson.configure(JsonMapper.builder()).build());
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new MilestoneScheduledUpcaster());

    @Inject
    AgroalDataSource dataSource;

    public List<DomainEventMessage<?>> read(String planId) {
        List<DomainEventData<?>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, planId);
            query.setString(2, "%\"planId\":\"" + likeEscaped(planId) + "\"%");
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
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), serializer, upcasters);
        stream.forEachRemaining(events::add);
        return events;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
