package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Decodes records of the ledger topic and applies each once: the handlers' writes and the {@code processed_event}
 * markers of one poll's records commit together, in topic order, and an event whose id is already marked is
 * skipped. The markers of a poll are written in one statement, which answers which of them were new.
 *
 * <p>A failing poll is retried in place, never skipped: from its second attempt its events are applied one per
 * transaction, so the retries stop at the exact event that fails — the events before it are kept, it is named in
 * {@link LedgerConsumption#stuck()}, and the ones after it wait. A record that is not a CloudEvent, or of a type this
 * build does not know, is skipped (marked, so it is not retried forever) and counted by reason: consumers must
 * survive a newer producer.
 */
@ApplicationScoped
public class ExactlyOnceApplier {

    private static final Logger LOG = Logger.getLogger(ExactlyOnceApplier.class);

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    /** The live table of markers. */
    public static final String MARKERS = "processed_event";
    /** Rows per marker statement: a poll's worth, in one statement of four arrays. */
    private static final int MARKERS_PER_STATEMENT = 5_000;

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    LedgerConsumption consumption;

    @Inject
    Vertx vertx;

    @Inject
    ApplySpans spans;

    private final CloudEventCodec codec = new CloudEventCodec();

    /** A decoded record and where it came from. */
    private record Item(CloudEvent envelope, int partition, long offset) {
    }

    /** What one committed transaction did. */
    private record Tally(int applied, int unknownTypes) {
    }

    /**
     * The events of a batch marked for the first time, decoded.
     *
     * @param events       those of a type this build knows, in their order
     * @param unknownTypes how many were of a type it does not know (marked, not applied)
     */
    public record Fresh(List<Applied> events, int unknownTypes) {
    }

    /**
     * Applies the records in their order; the Uni's item is how many events were new. It completes only once every
     * record is applied: a failure is retried in place until it succeeds.
     *
     * @param apply what to do with the new events, inside the transaction
     */
    public Uni<Integer> applyAll(ConsumerRecords<String, byte[]> records,
                                 BiFunction<Mutiny.Session, List<Applied>, Uni<Void>> apply) {
        Map<String, Item> items = new LinkedHashMap<>();
        Map<Integer, Long> lastOffsets = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            lastOffsets.merge(record.partition(), record.offset(), Math::max);
            try {
                CloudEvent envelope = codec.read(record.value());
                items.putIfAbsent(envelope.id(), new Item(envelope, record.partition(), record.offset()));
            } catch (RuntimeException e) {
                consumption.skipped(LedgerConsumption.UNDECODABLE);
                LOG.errorf("skipping record %d of partition %d of the ledger topic, not a CloudEvent: %s",
                        record.offset(), record.partition(), e.getMessage());
            }
        }
        if (items.isEmpty()) {
            lastOffsets.forEach(consumption::committed);
            return Uni.createFrom().item(0);
        }
        List<Item> ordered = List.copyOf(items.values());
        Context context = Vertx.currentContext();
        return transaction(ordered, apply)
                .invoke(tally -> {
                    committed(tally, ordered);
                    consumption.cleared();
                })
                .map(Tally::applied)
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("applying %d events from %s on failed, retrying them one by one: %s", ordered.size(),
                            ordered.get(0).envelope().id(), e.toString());
                    return pause(context, FIRST_PAUSE).chain(() -> oneByOne(ordered, 0, 0, FIRST_PAUSE, apply, context));
                })
                .invoke(() -> lastOffsets.forEach(consumption::committed));
    }

    /** Applies the events from {@code from} on, each in its own transaction; a failing one is retried until it goes. */
    private Uni<Integer> oneByOne(List<Item> items, int from, int appliedSoFar, Duration pause,
                                  BiFunction<Mutiny.Session, List<Applied>, Uni<Void>> apply, Context context) {
        if (from == items.size()) {
            return Uni.createFrom().item(appliedSoFar);
        }
        Item item = items.get(from);
        return transaction(List.of(item), apply)
                .map(Optional::of)
                .onFailure().recoverWithItem(e -> {
                    failed(item, e);
                    return Optional.empty();
                })
                .chain(done -> {
                    if (done.isPresent()) {
                        committed(done.get(), List.of(item));
                        if (consumption.stuck().filter(s -> s.eventId().equals(item.envelope().id())).isPresent()) {
                            LOG.infof("event %s applied after %d failed attempts", item.envelope().id(),
                                    consumption.stuck().get().attempts());
                            consumption.cleared();
                        }
                        return oneByOne(items, from + 1, appliedSoFar + done.get().applied(), FIRST_PAUSE, apply,
                                context);
                    }
                    Duration next = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE
                            : pause.multipliedBy(2);
                    return pause(context, pause).chain(() -> oneByOne(items, from, appliedSoFar, next, apply, context));
                });
    }

    private void failed(Item item, Throwable e) {
        String error = e.toString();
        CloudEvent envelope = item.envelope();
        StuckEvent stuck = consumption.stuck()
                .filter(s -> s.eventId().equals(envelope.id()))
                .map(s -> s.failedAgain(error))
                .orElseGet(() -> new StuckEvent(envelope.id(), envelope.type(), item.partition(), item.offset(),
                        error, 1, Instant.now()));
        consumption.failed(stuck);
        LOG.warnf("event %s (%s, partition %d, offset %d) failed %d times in a row, retrying it: %s", stuck.eventId(),
                stuck.type(), stuck.partition(), stuck.offset(), stuck.attempts(), error);
    }

    private void committed(Tally tally, List<Item> items) {
        consumption.applied(tally.applied());
        for (int i = 0; i < tally.unknownTypes(); i++) {
            consumption.skipped(LedgerConsumption.UNKNOWN_TYPE);
        }
        items.forEach(item -> consumption.committed(item.partition(), item.offset()));
    }

    /** Waits, then goes on on the context the poll came in on (Hibernate Reactive keeps its session there). */
    private Uni<Void> pause(Context context, Duration pause) {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(pause.toMillis(), id -> {
            if (context == null) {
                emitter.complete(null);
            } else {
                context.runOnContext(nothing -> emitter.complete(null));
            }
        }));
    }

    private Uni<Tally> transaction(List<Item> items, BiFunction<Mutiny.Session, List<Applied>, Uni<Void>> apply) {
        List<CloudEvent> envelopes = items.stream().map(Item::envelope).toList();
        var applying = spans.start(envelopes);
        return sessions.withTransaction(session -> markNew(session, MARKERS, envelopes)
                .chain(fresh -> apply.apply(session, fresh.events())
                        .replaceWith(new Tally(fresh.events().size(), fresh.unknownTypes()))))
                .onItemOrFailure().invoke((tally, failure) -> spans.end(applying, failure));
    }

    /**
     * Marks the events as processed in {@code table} ({@value #MARKERS}, or a rebuild's shadow of it) and decodes
     * those not marked there before, in their order.
     */
    public Uni<Fresh> markNew(Mutiny.Session session, String table, List<CloudEvent> envelopes) {
        Uni<Set<String>> chain = Uni.createFrom().item(new HashSet<>());
        for (int from = 0; from < envelopes.size(); from += MARKERS_PER_STATEMENT) {
            List<CloudEvent> part = envelopes.subList(from, Math.min(envelopes.size(), from + MARKERS_PER_STATEMENT));
            chain = chain.chain(fresh -> insertMarkers(session, table, part).map(ids -> {
                fresh.addAll(ids);
                return fresh;
            }));
        }
        return chain.map(fresh -> decode(envelopes, fresh));
    }

    private Fresh decode(List<CloudEvent> envelopes, Set<String> fresh) {
        List<Applied> events = new ArrayList<>();
        int unknown = 0;
        for (CloudEvent envelope : envelopes) {
            if (!fresh.contains(envelope.id())) {
                continue;
            }
            Optional<LedgerEvent> event = codec.payload(envelope);
            if (event.isPresent()) {
                events.add(new Applied(event.get(), envelope));
            } else {
                unknown++;
                LOG.warnf("skipping event %s of unknown type %s", envelope.id(), envelope.type());
            }
        }
        return new Fresh(events, unknown);
    }

    private Uni<List<String>> insertMarkers(Mutiny.Session session, String table, List<CloudEvent> envelopes) {
        // One array per column: the query layer binds four arrays in no time, where it spent most of a poll binding
        // five parameters per row.
        String sql = "insert into " + table + " (event_id, event_type, subject, global_index, processed_at) "
                + "select u.event_id, u.event_type, u.subject, cast(u.global_index as bigint), ?5 "
                + "from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[])) "
                + "with ordinality as u(event_id, event_type, subject, global_index, row) order by u.row "
                + "on conflict (event_id) do nothing returning event_id";
        String[][] columns = new String[4][envelopes.size()];
        for (int i = 0; i < envelopes.size(); i++) {
            CloudEvent envelope = envelopes.get(i);
            columns[0][i] = envelope.id();
            columns[1][i] = envelope.type() == null ? "" : envelope.type();
            columns[2][i] = envelope.subject();
            columns[3][i] = envelope.globalIndex() == null ? null : envelope.globalIndex().toString();
        }
        Mutiny.SelectionQuery<String> insert = session.createNativeQuery(sql, String.class);
        for (int c = 0; c < columns.length; c++) {
            insert.setParameter(c + 1, columns[c]);
        }
        insert.setParameter(5, OffsetDateTime.now(ZoneOffset.UTC));
        return insert.getResultList();
    }
}
