package duban.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plain-text table a run ends with: one labelled line per figure. */
final class ResultTable {

    private static final String ROW = "  %-16s %s%n";

    private ResultTable() {
    }

    static String render(RunFigures f) {
        LoadOptions o = f.options();
        PhaseResult m = f.measured();
        LatencySummary latency = f.latency();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nProgress reports against %s%n", o.url()));
        row(out, "model", "closed loop: " + o.clients() + " clients, each sends its next report as soon as the "
                + "previous answer is complete (coordinated omission not corrected)");
        row(out, "setup", String.format(Locale.ROOT, "%,d tasks × %d lead units = %,d (task, unit) pairs, "
                + "created before the warm-up", f.tasksUpFront(), o.unitsPerTask(), f.pairsUpFront()));
        row(out, "pairs used", String.format(Locale.ROOT, "%,d, spread evenly: about %.1f reports per task by the end",
                f.pairsUsed(), f.reportsPerTask()));
        if (f.warmup() != null) {
            PhaseResult w = f.warmup();
            row(out, "warm-up", String.format(Locale.ROOT, "%s, %,d ok, %,d errors, %.1f reports/s (not measured)",
                    seconds(w), w.ok(), w.errors().total(), w.throughput()));
        }
        row(out, "measured", String.format(Locale.ROOT, "%s, %,d ok, %,d errors", seconds(m), m.ok(), m.errors().total()));
        row(out, "throughput", String.format(Locale.ROOT, "%.1f reports/s", m.throughput()));
        row(out, "latency", latency.format() + "  (2xx only, send → complete answer)");
        pgbench(out, f);
        verdicts(out, f, latency);
        row(out, "errors", errors(m.errors()));
        MachineMonitor.Sample s = f.machine();
        row(out, "machine", String.format(Locale.ROOT, "%d cores, load average %.2f → %.2f (1 min), CPU busy %s "
                + "(mean over the measured phase), this generator %.2f cores", s.cores(), s.loadBefore(),
                s.loadAfter(), percent(s.machineBusy()), s.generatorCores()));
        consumers(out, f);
        row(out, "during run", String.format(Locale.ROOT, "%,d tasks created by the top-up thread, %,d waits for a pair",
                f.tasksDuringRun(), m.starved()));
        if (f.histogramFile() != null) {
            row(out, "histogram", f.histogramFile() + " (percentile distribution, ms)");
        }
        row(out, "result", f.hasErrors() ? "WITH ERRORS" : "complete, no errors");
        return out.toString();
    }

    private static void pgbench(StringBuilder out, RunFigures f) {
        LoadOptions o = f.options();
        if (f.pgbench() != null) {
            PgbenchResult p = f.pgbench();
            row(out, "pgbench", String.format(Locale.ROOT, "%.1f tps, latency average %s, %,d failed "
                    + "(one-row INSERT per transaction, -c %d -j %d -T %d, run after the HTTP load)", p.tps(),
                    LatencySummary.millis(p.latencyAvgMs()), p.failed(), o.clients(), o.pgbenchThreads(),
                    Math.max(1, o.duration().toSeconds())));
        } else {
            row(out, "pgbench", f.pgbenchNote() == null ? "not run (--pgbench not given)" : f.pgbenchNote());
        }
    }

    private static void consumers(StringBuilder out, RunFigures f) {
        RunFigures.ConsumerFigures c = f.consumers();
        if (c == null) {
            row(out, "consumers", "not watched (--kafka not given)");
        } else if (c.note() != null) {
            row(out, "consumers", c.note());
        } else {
            row(out, "consumers", String.format(Locale.ROOT, "records behind at the end: %s; caught up %s later "
                    + "(before the warm-up they caught up with the setup in %s)",
                    ConsumerLag.describe(c.atEnd()), wait(c.caughtUpAfter()), wait(c.setupCaughtUp())));
        }
    }

    private static String wait(java.time.Duration took) {
        return took == null ? "not within the limit" : String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }

    private static void verdicts(StringBuilder out, RunFigures f, LatencySummary latency) {
        if (f.pgbench() != null) {
            row(out, "ratio", String.format(Locale.ROOT, "%.2f × pgbench (target ≥ %.2f): %s", f.ratio(),
                    RunFigures.RATIO_TARGET, f.ratio() >= RunFigures.RATIO_TARGET ? "met" : "MISSED"));
        }
        boolean p99Met = latency.count() > 0 && latency.p99() <= RunFigures.P99_TARGET_MS;
        row(out, "p99 target", String.format(Locale.ROOT, "≤ %.0f ms: %s", RunFigures.P99_TARGET_MS,
                p99Met ? "met" : "MISSED"));
    }

    static String errors(ErrorTally errors) {
        if (errors.total() == 0) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : errors.byKind().entrySet()) {
            parts.add(String.format(Locale.ROOT, "%s × %,d (first: %s)", e.getKey(), e.getValue(),
                    errors.sample(e.getKey())));
        }
        return String.join("; ", parts);
    }

    private static String seconds(PhaseResult phase) {
        return String.format(Locale.ROOT, "%.1f s", phase.elapsed().toMillis() / 1000.0);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "unknown" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, ROW, label, value));
    }
}
