package duban.tasks.eventstore;

import duban.events.EventTypes;
import duban.tasks.infrastructure.axon.StoredEventFormat;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Stored events as the aggregates read them: every read goes through the store's own serializer and upcaster
 * chain ({@link StoredEventFormat}), so a stored v1 milestone arrives as v2 here as it does in the Task aggregate
 * and on the ledger topic, and an upcaster added later reaches every read at once.
 */
@ApplicationScoped
public class StoredEvents {

    /** The plan's own events and those of the tasks {@code plan_task} lists for it, in the order they were stored. */
    private static final String OF_PLAN = "SELECT " + EventTable.SERIALIZED_COLUMNS + " FROM " + EventTable.NAME
            + " e WHERE e.aggregate_identifier = ?"
            + " OR e.aggregate_identifier IN (SELECT task_id FROM plan_task WHERE plan_id = ?)"
            + " ORDER BY e.global_index";

    private static final String OF_PLAN_TASKS = "SELECT " + EventTable.SERIALIZED_COLUMNS
            + " FROM plan_task t JOIN " + EventTable.NAME + " e ON e.aggregate_identifier = t.task_id"
            + " WHERE t.plan_id = ? AND e.payload_type LIKE ANY (?)"
            + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL"
            + " OR CAST(e.time_stamp AS TIMESTAMP WITH TIME ZONE) <= CAST(? AS TIMESTAMP WITH TIME ZONE))"
            + " ORDER BY e.aggregate_identifier, e.sequence_number";

    private static final String EXISTING = "SELECT DISTINCT aggregate_identifier FROM " + EventTable.NAME
            + " WHERE aggregate_identifier = ANY (?) AND sequence_number = 0";

    @Inject
    EventStorageEngine engine;

    @Inject
    StoredEventFormat format;

    @Inject
    AgroalDataSource dataSource;

    /**
     * One aggregate's events recorded up to {@code asOf} (inclusive; null means now), in sequence order. Read
     * lazily, batch by batch, through Axon's own engine: a caller that stops early reads no further batch. The
     * full stream, never the snapshot, because a view may ask for any past instant and snapshots only know the
     * present.
     */
    public Stream<StoredEvent> ofAggregate(String aggregateId, Instant asOf) {
        Stream<? extends DomainEventMessage<?>> events = engine.readEvents(aggregateId, 0).asStream();
        return events.takeWhile(event -> asOf == null || !event.getTimestamp().isAfter(asOf)).map(StoredEvent::of);
    }

    /**
     * The fold once it has read the events recorded up to {@code asOf} (inclusive; null means now); empty when
     * nothing created the aggregate by then or an event was refused (the id names another kind of aggregate).
     */
    public <F extends AggregateFold> Optional<F> replay(String aggregateId, Instant asOf, F fold) {
        Iterator<StoredEvent> events = ofAggregate(aggregateId, asOf).iterator();
        while (events.hasNext()) {
            StoredEvent event = events.next();
            if (!fold.apply(event.payload(), event.sequence(), event.recordedAt())) {
                return Optional.empty();
            }
        }
        return fold.exists() ? Optional.of(fold) : Optional.empty();
    }

    /**
     * Every event of a plan and of the tasks created in it, recorded up to {@code asOf} (inclusive; null means
     * now), in the order they were stored: one query, whatever the plan's size.
     */
    public List<StoredEvent> ofPlan(String planId, Instant asOf) {
        List<DomainEventData<?>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(OF_PLAN)) {
            query.setString(1, planId);
            query.setString(2, planId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(EventTable.readSerialized(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of plan " + planId, e);
        }
        // Left out before their payload is deserialised: an old ledger costs no more than the events it shows.
        return deserialise(rows)
                .filter(event -> asOf == null || !event.getTimestamp().isAfter(asOf))
                .map(StoredEvent::of)
                .toList();
    }

    /**
     * The events of the given kinds of every task of a plan, recorded up to {@code asOf} (inclusive; null means
     * now), task by task in sequence order: one query that reads no event of another kind.
     */
    public List<StoredEvent> ofPlanTasks(String planId, Instant asOf, Collection<Class<?>> kinds) {
        List<DomainEventData<?>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(OF_PLAN_TASKS)) {
            query.setString(1, planId);
            query.setArray(2, connection.createArrayOf("varchar", storedTypePatterns(kinds).toArray()));
            OffsetDateTime cutOff = asOf == null ? null : asOf.atOffset(ZoneOffset.UTC);
            query.setObject(3, cutOff, Types.TIMESTAMP_WITH_TIMEZONE);
            query.setObject(4, cutOff, Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(EventTable.readSerialized(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the task events of plan " + planId, e);
        }
        return deserialise(rows).map(StoredEvent::of)
                .filter(event -> kinds.stream().anyMatch(kind -> kind.isInstance(event.payload())))
                .toList();
    }

    /** Which of some aggregate ids the store holds already: one query for a whole import. */
    public Set<String> existing(Collection<String> aggregateIds) {
        Set<String> existing = new HashSet<>();
        if (aggregateIds.isEmpty()) {
            return existing;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(EXISTING)) {
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

    private Stream<? extends DomainEventMessage<?>> deserialise(List<DomainEventData<?>> rows) {
        return deserialise(rows, format);
    }

    /** The rows as the aggregates read them: upcast by the store's chain, then deserialised by its serializer. */
    static Stream<? extends DomainEventMessage<?>> deserialise(List<DomainEventData<?>> rows,
                                                              StoredEventFormat format) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), format.serializer(),
                format.upcasters()).asStream();
    }

    /**
     * The stored type names a read of these kinds must select: every version of each kind's name
     * ({@code duban.task.created.v%}), because a row stored under an older version is upcast to the kind
     * asked for only after it is read.
     */
    static List<String> storedTypePatterns(Collection<Class<?>> kinds) {
        return kinds.stream().map(EventTypes::nameOf).map(StoredEvents::allVersionsOf).distinct().toList();
    }

    private static String allVersionsOf(String typeName) {
        int version = typeName.lastIndexOf(".v");
        String unversioned = version < 0 ? typeName : typeName.substring(0, version + 2);
        String literal = unversioned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return version < 0 ? literal : literal + "%";
    }
}
