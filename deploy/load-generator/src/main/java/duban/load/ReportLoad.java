package duban.load;

import duban.events.Topics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The load generator's entry point: checks that tasks-service is ready, creates the (task, unit) pairs,
 * runs an unmeasured warm-up and the measured closed-loop phase, writes the latency distribution,
 * optionally runs pgbench, and prints the table. Exit code 0 for a run without errors, 1 for a run with
 * errors, 2 for bad arguments, 3 when the run could not be carried out.
 */
public final class ReportLoad {

    private static final Duration READY_WAIT = Duration.ofSeconds(60);
    private static final Duration CONSUMER_WAIT = Duration.ofMinutes(10);

    private final LoadOptions options;
    private final PrintStream out;

    ReportLoad(LoadOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        LoadOptions options;
        try {
            options = LoadOptions.parse(Arrays.asList(args), System.getenv(),
                    Path.of(System.getProperty("duban.load.out", "target")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LoadOptions.USAGE);
            return;
        }
        int code;
        try {
            code = new ReportLoad(options, System.out).run();
        } catch (Exception e) {
            System.err.println("The run could not be carried out: " + e
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            code = 3;
        }
        System.exit(code);
    }

    int run() throws Exception {
        try (TasksApi api = new TasksApi(options.url(), options.timeout(), LoadIdentity.of(options.identity()));
             ConsumerLag lag = options.kafka() == null ? null : new ConsumerLag(options.kafka(), Topics.LEDGER_EVENTS)) {
            return run(api, lag);
        }
    }

    /** @param lag the consumers' lag, null when not watched ({@code --kafka} not given) */
    private int run(TasksApi api, ConsumerLag lag) throws Exception {
        LocalDateTime started = LocalDateTime.now();
        awaitReady(api);

        PairPool pool = new PairPool();
        String planId = "load-test-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(started);
        long tasksUpFront;
        long pairsUpFront;
        long tasksTotal;
        long tasksDuring;
        PhaseResult warmup;
        PhaseResult measured;
        MachineMonitor.Sample machine;
        Duration setupCaughtUp = null;
        Map<String, Long> consumersAtEnd = null;
        List<String> units = PairSupply.registerUnits(api, planId, options.unitsPerTask());
        try (PairSupply supply = new PairSupply(api, pool, planId, units)) {
            createPairs(supply, pool, planId);
            tasksUpFront = supply.tasksCreated();
            pairsUpFront = pool.added();
            supply.startTopUp(Math.max(1000L, options.maxRate() * 5L), Math.max(options.clients(), 20));

            ClosedLoop loop = new ClosedLoop(api, pool, options.clients());
            setupCaughtUp = awaitConsumersBeforeWarmUp(lag);
            warmup = warmUp(loop);
            say("Measuring: %d clients for %s…%n", options.clients(), DurationText.format(options.duration()));
            long tasksBefore = supply.tasksCreated();
            MachineMonitor monitor = new MachineMonitor();
            monitor.start();
            measured = loop.run(options.duration());
            machine = monitor.stop();
            consumersAtEnd = consumersBehind(lag);
            tasksDuring = supply.tasksCreated() - tasksBefore;
            supply.close();
            tasksTotal = supply.tasksCreated();
            if (supply.topUpFailure() != null) {
                say("  the top-up thread failed: %s%n", supply.topUpFailure());
            }
        }
        RunFigures.ConsumerFigures consumers = consumerFigures(lag, setupCaughtUp, consumersAtEnd);
        Path histogram = HistogramFile.write(measured.latencyMicros(), options.out(), started);
        PgbenchResult pgbench = null;
        String pgbenchNote = null;
        if (options.pgbench()) {
            try {
                pgbench = runPgbench();
            } catch (Exception e) {
                pgbenchNote = "failed: " + JsonBodies.abbreviate(e.getMessage());
            }
        }
        RunFigures figures = new RunFigures(options, tasksUpFront, pairsUpFront, tasksTotal,
                pool.added() - pool.remaining(), warmup, measured, tasksDuring, machine, pgbench, pgbenchNote,
                histogram, consumers);
        out.print(ResultTable.render(figures));
        out.flush();
        return figures.hasErrors() ? 1 : 0;
    }

    private void createPairs(PairSupply supply, PairPool pool, String planId) throws Exception {
        long wanted = options.pairsUpFront();
        say("Creating %,d tasks with %d lead units each (plan %s), enough for %,d reports/s…%n",
                PairSupply.tasksFor(wanted, options.unitsPerTask()), options.unitsPerTask(), planId, options.maxRate());
        long began = System.nanoTime();
        supply.fill(wanted, Math.min(options.clients(), 16));
        double seconds = (System.nanoTime() - began) / 1e9;
        say("  %,d tasks in %.1f s (%.0f tasks/s), %,d pairs%n", supply.tasksCreated(), seconds,
                supply.tasksCreated() / seconds, pool.added());
    }

    /**
     * With {@code --kafka}: waits (up to {@link #CONSUMER_WAIT}) for the consumers to apply the setup's
     * tasks, so that the measured phase does not also pay for them.
     */
    private Duration awaitConsumersBeforeWarmUp(ConsumerLag lag) throws Exception {
        if (lag == null) {
            return null;
        }
        say("Waiting up to %s for the ledger topic's consumers to catch up with the setup…%n",
                DurationText.format(CONSUMER_WAIT));
        Duration took = awaitCaughtUp(lag);
        say(took == null ? "  not caught up; measuring anyway%n" : "  caught up in %.1f s%n",
                took == null ? 0 : took.toMillis() / 1000.0);
        return took;
    }

    /** How far behind the consumers are right now; null when not watched or when Kafka did not answer. */
    private Map<String, Long> consumersBehind(ConsumerLag lag) {
        if (lag == null) {
            return null;
        }
        try {
            return lag.behind();
        } catch (Exception e) {
            say("  could not read the consumers' offsets: %s%n", e);
            return null;
        }
    }

    private RunFigures.ConsumerFigures consumerFigures(ConsumerLag lag, Duration setupCaughtUp, Map<String, Long> atEnd)
            throws Exception {
        if (lag == null) {
            return null;
        }
        if (atEnd == null) {
            return new RunFigures.ConsumerFigures(setupCaughtUp, null, null, "the consumers' offsets could not be read");
        }
        say("Waiting up to %s for the consumers to catch up with the run…%n", DurationText.format(CONSUMER_WAIT));
        return new RunFigures.ConsumerFigures(setupCaughtUp, atEnd, awaitCaughtUp(lag), null);
    }

    /** Waits up to {@link #CONSUMER_WAIT}, saying every few seconds how far behind the consumers are. */
    private Duration awaitCaughtUp(ConsumerLag lag) throws Exception {
        return lag.awaitCaughtUp(CONSUMER_WAIT, behind -> say("  behind: %s%n", ConsumerLag.describe(behind)));
    }

    /** The unmeasured phase, or null when {@code --warmup 0}. */
    private PhaseResult warmUp(ClosedLoop loop) throws InterruptedException {
        if (options.warmup().isZero()) {
            return null;
        }
        say("Warm-up: %d clients for %s (not measured)…%n", options.clients(), DurationText.format(options.warmup()));
        PhaseResult warmup = loop.run(options.warmup());
        say("  %.1f reports/s, %,d errors%n", warmup.throughput(), warmup.errors().total());
        return warmup;
    }

    private PgbenchResult runPgbench() throws Exception {
        say("pgbench: %d clients, %d threads for %s…%n", options.clients(), options.pgbenchThreads(),
                DurationText.format(options.duration()));
        return new Pgbench(options.pgUrl(), options.out()).run(options.clients(), options.pgbenchThreads(),
                options.duration());
    }

    /** A progress line, flushed at once so that a watcher sees the phases as they begin. */
    private void say(String format, Object... args) {
        out.printf(Locale.ROOT, format, args);
        out.flush();
    }

    private void awaitReady(TasksApi api) throws Exception {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        Exception last = null;
        boolean told = false;
        while (System.nanoTime() < deadline) {
            try {
                TasksApi.Answer answer = api.ready();
                if (answer.ok()) {
                    return;
                }
                last = new IllegalStateException("ready check answered " + answer.status() + ": "
                        + JsonBodies.abbreviate(answer.body()));
            } catch (java.io.IOException e) {
                last = e;
            }
            if (!told) {
                say("Waiting up to %s for %s/q/health/ready…%n", DurationText.format(READY_WAIT), api.base());
                told = true;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("tasks-service at " + api.base() + " is not ready after " + READY_WAIT, last);
    }
}
