package duban.view;

import duban.events.LedgerEvent;
import duban.events.envelope.Actor;
import duban.view.history.LedgerMemory;
import duban.view.history.Recorded;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A ledger written event by event at Shanghai wall-clock times, for the view's tests. */
public final class Scene {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final LedgerMemory memory = new LedgerMemory();
    private final Map<String, Long> sequences = new HashMap<>();
    private long globalIndex;

    public LedgerMemory memory() {
        return memory;
    }

    public static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** Records the event at that Shanghai time, as the next of its aggregate. */
    public Scene at(String localDateTime, LedgerEvent event) {
        Instant when = shanghai(localDateTime);
        long sequence = sequences.merge(event.aggregateType() + "/" + event.aggregateId(), 0L, (a, b) -> a + 1);
        memory.apply(new Recorded<>(event, UUID.randomUUID().toString(), sequence, globalIndex++, when, when,
                new Actor("tester", null, Actor.SUPERVISOR)));
        return this;
    }
}
