package duban.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final MachineMonitor.Sample MACHINE = new MachineMonitor.Sample(2, 1.5, 3.25, 0.97, 0.41);

    private static LoadOptions options(String... args) {
        return LoadOptions.parse(List.of(args), Map.of(), Path.of("target"));
    }

    private static PhaseResult phase(long ok, long latencyMicros, ErrorTally errors) {
        Histogram h = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        h.recordValueWithCount(latencyMicros, ok);
        return new PhaseResult(h, ok, errors, Duration.ofSeconds(60), 0);
    }

    @Test
    void showsRateLatencyPgbenchRatioAndVerdicts() {
        PhaseResult measured = phase(60_000, 20_000, new ErrorTally());
        RunFigures f = new RunFigures(options("--pgbench"), 4201, 210_050, 4201, 63_015, null, measured, 0, MACHINE,
                new PgbenchResult(1600.0, 96_000, 0, 19.9), null, Path.of("target/report-latency-x.hgrm"),
                new RunFigures.ConsumerFigures(Duration.ofMillis(4200),
                        new java.util.TreeMap<>(Map.of("reporting-service", 1234L, "notification-service", 0L)),
                        Duration.ofMillis(12_500), null));
        String table = ResultTable.render(f);
        assertThat(table)
                .contains("closed loop: 32 clients")
                .contains("coordinated omission not corrected")
                .contains("4,201 tasks × 50 lead units = 210,050 (task, unit) pairs")
                .contains("pairs used       63,015, spread evenly: about 15.0 reports per task by the end")
                .contains("60.0 s, 60,000 ok, 0 errors")
                .contains("throughput       1000.0 reports/s")
                .contains("p50 20.0 ms")
                .contains("pgbench          1600.0 tps, latency average 19.9 ms, 0 failed")
                .contains("-c 32 -j 2 -T 60")
                .contains("ratio            0.63 × pgbench (target ≥ 0.50): met")
                .contains("p99 target       ≤ 50 ms: met")
                .contains("errors           none")
                .contains("2 cores, load average 1.50 → 3.25 (1 min), CPU busy 97 %")
                .contains("this generator 0.41 cores")
                .contains("target/report-latency-x.hgrm")
                .contains("consumers        records behind at the end: notification-service 0, reporting-service 1,234; "
                        + "caught up 12.5 s later (before the warm-up they caught up with the setup in 4.2 s)")
                .contains("result           complete, no errors");
    }

    @Test
    void marksMissedTargetsAndErrors() {
        ErrorTally errors = new ErrorTally();
        errors.add("HTTP 409", "{\"type\":\"period-already-reported\"}");
        errors.add("HTTP 409", "second");
        errors.add("timeout", "request timed out");
        PhaseResult measured = phase(6_000, 80_000, errors);
        RunFigures f = new RunFigures(options("--pgbench"), 10, 500, 13, 650, measured, measured, 3, MACHINE,
                new PgbenchResult(1000.0, 60_000, 0, 30.0), null, null,
                new RunFigures.ConsumerFigures(null, Map.of("reporting-service", 9L), null, null));
        String table = ResultTable.render(f);
        assertThat(table)
                .contains("ratio            0.10 × pgbench (target ≥ 0.50): MISSED")
                .contains("p99 target       ≤ 50 ms: MISSED")
                .contains("HTTP 409 × 2 (first: {\"type\":\"period-already-reported\"}); timeout × 1")
                .contains("warm-up          60.0 s, 6,000 ok, 3 errors")
                .contains("3 tasks created by the top-up thread")
                .contains("about 50.0 reports per task")
                .contains("result           WITH ERRORS")
                .contains("records behind at the end: reporting-service 9; caught up not within the limit later")
                .doesNotContain("histogram");
    }

    @Test
    void explainsAMissingPgbench() {
        PhaseResult measured = phase(100, 1_000, new ErrorTally());
        String without = ResultTable.render(new RunFigures(options(), 2, 100, 2, 100, null, measured, 0, MACHINE, null, null, null, null));
        assertThat(without).contains("pgbench          not run (--pgbench not given)").doesNotContain("ratio ")
                .contains("consumers        not watched (--kafka not given)");
        String failed = ResultTable.render(new RunFigures(options("--pgbench"), 2, 100, 2, 100, null, measured, 0, MACHINE,
                null, "failed: psql cannot be started", null, null));
        assertThat(failed).contains("pgbench          failed: psql cannot be started");
    }
}
