package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Decodes records of the ledger topic and applies each once: the handlers' writes and the {@code processed_event}
 * markers of one poll's records commit together, in topic order, and an event whose id is already marked is
 * skipped. The markers of a poll are written in one statement, which answers which of them were new. A record that
 * is not a CloudEvent, or of a type this build does not know, is logged and skipped (marked, so it is not retried
 * forever): consumers must survive a newer producer.
 */
@ApplicationScoped
public class ExactlyOnceApplier {

    private static final Logger LOG = Logger.getLogger(ExactlyOnceApplier.class);

    /** About ten minutes of retries before the failure reaches the connector (which stops the consumer). */
    private static final int RETRIES = 70;
    /** Rows per marker statement: five parameters each, well under PostgreSQL's limit of parameters. */
    private static final int MARKERS_PER_STATEMENT = 1000;

    @Inject
    Mutiny.SessionFactory sessions;

    private final CloudEventCodec codec = new CloudEventCodec();

    /**
     * Applies the records in their order, in one transaction; the Uni's item is how many events were new.
     *
     * @param apply what to do with the new events, inside the transaction
     */
    public Uni<Integer> applyAll(List<byte[]> records, BiFunction<Mutiny.Session, List<Applied>, Uni<Void>> apply) {
        Map<String, CloudEvent> envelopes = new LinkedHashMap<>();
        for (byte[] record : records) {
            try {
                CloudEvent envelope = codec.read(record);
                envelopes.putIfAbsent(envelope.id(), envelope);
            } catch (IllegalArgumentException e) {
                LOG.errorf("skipping a record of the ledger topic that is not a CloudEvent: %s", e.getMessage());
            }
        }
        if (envelopes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<CloudEvent> ordered = List.copyOf(envelopes.values());
        String first = ordered.get(0).id();
        return sessions.withTransaction(session -> markNew(session, ordered)
                        .chain(fresh -> {
                            List<Applied> events = decode(ordered, fresh);
                            return apply.apply(session, events).replaceWith(events.size());
                        }))
                // A read model must not skip an event: a failure (database away, a deadlock) is retried
                // in place, which also holds back the events after it and so keeps their order.
                .onFailure().invoke(e -> LOG.warnf("applying %d events from %s on failed, retrying: %s",
                        ordered.size(), first, e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(RETRIES);
    }

    private List<Applied> decode(List<CloudEvent> envelopes, Set<String> fresh) {
        List<Applied> events = new ArrayList<>();
        for (CloudEvent envelope : envelopes) {
            if (!fresh.contains(envelope.id())) {
                continue;
            }
            Optional<LedgerEvent> event = codec.payload(envelope);
            if (event.isPresent()) {
                events.add(new Applied(event.get(), envelope));
            } else {
                LOG.warnf("skipping event %s of unknown type %s", envelope.id(), envelope.type());
            }
        }
        return events;
    }

    /** Marks the events as processed and answers which of them were not marked before. */
    private Uni<Set<String>> markNew(Mutiny.Session session, List<CloudEvent> envelopes) {
        Uni<Set<String>> chain = Uni.createFrom().item(new HashSet<>());
        for (int from = 0; from < envelopes.size(); from += MARKERS_PER_STATEMENT) {
            List<CloudEvent> part = envelopes.subList(from, Math.min(envelopes.size(), from + MARKERS_PER_STATEMENT));
            chain = chain.chain(fresh -> insertMarkers(session, part).map(ids -> {
                fresh.addAll(ids);
                return fresh;
            }));
        }
        return chain;
    }

    private Uni<List<String>> insertMarkers(Mutiny.Session session, List<CloudEvent> envelopes) {
        StringBuilder sql = new StringBuilder(
                "insert into processed_event (event_id, event_type, subject, global_index, processed_at) values ");
        for (int i = 0; i < envelopes.size(); i++) {
            int p = i * 5;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(", ?").append(p + 5).append(')');
        }
        sql.append(" on conflict (event_id) do nothing returning event_id");
        Mutiny.SelectionQuery<String> insert = session.createNativeQuery(sql.toString(), String.class);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < envelopes.size(); i++) {
            CloudEvent envelope = envelopes.get(i);
            int p = i * 5;
            insert.setParameter(p + 1, envelope.id());
            insert.setParameter(p + 2, envelope.type() == null ? "" : envelope.type());
            insert.setParameter(p + 3, envelope.subject());
            insert.setParameter(p + 4, envelope.globalIndex());
            insert.setParameter(p + 5, now);
        }
        return insert.getResultList();
    }
}
