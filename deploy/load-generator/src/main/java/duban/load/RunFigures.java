package duban.load;

import java.time.Duration;
import java.util.Map;
import java.nio.file.Path;

/**
 * Everything a finished run reports.
 *
 * @param options        how it was run
 * @param tasksUpFront   tasks created before the warm-up
 * @param pairsUpFront   their (task, unit) pairs
 * @param tasksTotal     tasks created in all, up front and by the top-up thread
 * @param pairsUsed      pairs taken by warm-up and measurement (each one report)
 * @param warmup         the unmeasured phase (null when none ran)
 * @param measured       the measured phase
 * @param tasksDuringRun tasks the top-up thread created during the measured phase
 * @param machine        the machine during the measured phase
 * @param pgbench        pgbench's figures, null when it did not run
 * @param pgbenchNote    why pgbench has no figures, or null
 * @param histogramFile  the percentile distribution written
 * @param consumers      the ledger topic's consumers around the measured phase, null when not watched
 */
record RunFigures(LoadOptions options, long tasksUpFront, long pairsUpFront, long tasksTotal, long pairsUsed,
                  PhaseResult warmup, PhaseResult measured,
                  long tasksDuringRun, MachineMonitor.Sample machine, PgbenchResult pgbench, String pgbenchNote,
                  Path histogramFile, ConsumerFigures consumers) {

    /**
     * How far behind the ledger topic's consumers were.
     *
     * @param setupCaughtUp how long they took to catch up with the setup before the warm-up (null: not within the limit)
     * @param atEnd         records behind per consumer group when the measured phase ended
     * @param caughtUpAfter how long after the end they had caught up (null: not within the limit)
     * @param note          why there are no figures, or null
     */
    record ConsumerFigures(Duration setupCaughtUp, Map<String, Long> atEnd, Duration caughtUpAfter, String note) {
    }

    /** HTTP throughput target: at least this share of pgbench's rate. */
    static final double RATIO_TARGET = 0.5;
    /** Latency target for p99, in milliseconds. */
    static final double P99_TARGET_MS = 50;

    LatencySummary latency() {
        return LatencySummary.of(measured.latencyMicros());
    }

    /** HTTP reports/s over pgbench tps; NaN without pgbench. */
    double ratio() {
        return pgbench == null ? Double.NaN : measured.throughput() / pgbench.tps();
    }

    /** Reports sent per task by the end: each task's event stream grew by about this much. */
    double reportsPerTask() {
        return tasksTotal == 0 ? 0 : (double) pairsUsed / tasksTotal;
    }

    boolean hasErrors() {
        return measured.errors().total() > 0 || (warmup != null && warmup.errors().total() > 0);
    }
}
