package duban.load;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The load generator's entry point: checks that tasks-service is ready, creates the (task, unit) pairs,
 * runs an unmeasured warm-up and the measured closed-loop phase, writes the latency distribution,
 * optionally runs pgbench, and prints the table. Exit code 0 for a run without errors, 1 for a run with
 * errors, 2 for bad arguments, 3 when the run could not be carried out.
 */
public final class ReportLoad {

    private static final Duration READY_WAIT = Duration.ofSeconds(60);

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
            System.err.println("The run could not be carried out: " + e);
            code = 3;
        }
        System.exit(code);
    }

    int run() throws Exception {
        LocalDateTime started = LocalDateTime.now();
        TasksApi api = new TasksApi(options.url(), options.timeout());
        awaitReady(api);

        PairPool pool = new PairPool();
        String planId = "load-test-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(started);
        RunFigures figures;
        try (PairSupply supply = new PairSupply(api, pool, planId, options.unitsPerTask())) {
            long wanted = options.pairsUpFront();
            out.printf(Locale.ROOT, "Creating %,d tasks with %d lead units each (plan %s), enough for %,d reports/s…%n",
                    PairSupply.tasksFor(wanted, options.unitsPerTask()), options.unitsPerTask(), planId,
                    options.maxRate());
            long fillStart = System.nanoTime();
            supply.fill(wanted, Math.min(options.clients(), 16));
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            long tasksUpFront = supply.tasksCreated();
            long pairsUpFront = pool.added();
            out.printf(Locale.ROOT, "  %,d tasks in %.1f s (%.0f tasks/s), %,d pairs%n", tasksUpFront, fillSeconds,
                    tasksUpFront / fillSeconds, pairsUpFront);
            supply.startTopUp(Math.max(1000L, options.maxRate() * 5L), Math.max(options.clients(), 20));

            ClosedLoop loop = new ClosedLoop(api, pool, options.clients());
            PhaseResult warmup = null;
            if (!options.warmup().isZero()) {
                out.printf("Warm-up: %d clients for %s (not measured)…%n", options.clients(),
                        DurationText.format(options.warmup()));
                warmup = loop.run(options.warmup());
                out.printf(Locale.ROOT, "  %.1f reports/s, %,d errors%n", warmup.throughput(), warmup.errors().total());
            }

            out.printf("Measuring: %d clients for %s…%n", options.clients(), DurationText.format(options.duration()));
            long tasksBefore = supply.tasksCreated();
            MachineMonitor monitor = new MachineMonitor();
            monitor.start();
            PhaseResult measured = loop.run(options.duration());
            MachineMonitor.Sample machine = monitor.stop();
            long tasksDuring = supply.tasksCreated() - tasksBefore;
            supply.close();
            if (supply.topUpFailure() != null) {
                out.println("  the top-up thread failed: " + supply.topUpFailure());
            }

            Path histogram = HistogramFile.write(measured.latencyMicros(), options.out(), started);
            PgbenchResult pgbench = null;
            String pgbenchNote = null;
            if (options.pgbench()) {
                out.printf("pgbench: %d clients, %d threads for %s…%n", options.clients(), options.pgbenchThreads(),
                        DurationText.format(options.duration()));
                try {
                    pgbench = new Pgbench(options.pgUrl(), options.out()).run(options.clients(),
                            options.pgbenchThreads(), options.duration());
                } catch (Exception e) {
                    pgbenchNote = "failed: " + JsonBodies.abbreviate(e.getMessage());
                }
            }
            figures = new RunFigures(options, tasksUpFront, pairsUpFront, warmup, measured, tasksDuring, machine,
                    pgbench, pgbenchNote, histogram);
        }
        out.print(ResultTable.render(figures));
        return figures.hasErrors() ? 1 : 0;
    }

    private void awaitReady(TasksApi api) throws Exception {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        Exception last = null;
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
            Thread.sleep(1000);
        }
        throw new IllegalStateException("tasks-service at " + api.base() + " is not ready after " + READY_WAIT, last);
    }
}
