package duban.view.rebuild;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a rebuild of the ledger view stands.
 *
 * @param state            idle, running, switching, done or failed
 * @param startedAt        when it started
 * @param finishedAt       when it ended (done or failed)
 * @param eventsDone       records of the topic read so far
 * @param eventsTotal      records on the topic when last looked (it keeps growing)
 * @param eventsPerSecond  records read per second so far
 * @param etaSeconds       seconds to the end of the topic at that rate
 * @param skipped          records skipped, by reason (undecodable, unknown-type)
 * @param rowsCopied       rows of the live tables the rebuild lacked, copied at the switch, per table
 * @param switchMillis     how long the switch held the tables
 * @param previousTables   the tables kept from before the switch
 * @param error            why it failed
 */
public record RebuildStatus(String state, Instant startedAt, Instant finishedAt, long eventsDone, long eventsTotal,
                            double eventsPerSecond, Long etaSeconds, Map<String, Long> skipped,
                            Map<String, Long> rowsCopied, Long switchMillis, List<String> previousTables,
                            String error) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String SWITCHING = "switching";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    static RebuildStatus idle() {
        return new RebuildStatus(IDLE, null, null, 0, 0, 0, null, Map.of(), Map.of(), null, List.of(), null);
    }
}
