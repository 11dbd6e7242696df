package duban.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PgbenchResultTest {

    private static final String PGBENCH_15 = """
            pgbench (15.18 (Debian 15.18-0+deb12u1))
            transaction type: pgbench-insert.sql
            scaling factor: 1
            query mode: simple
            number of clients: 32
            number of threads: 2
            maximum number of tries: 1
            duration: 60 s
            number of transactions actually processed: 123456
            number of failed transactions: 0 (0.000%)
            latency average = 15.552 ms
            initial connection time = 45.123 ms
            tps = 2057.612345 (without initial connection time)
            """;

    @Test
    void readsTheFiguresOfPgbench15() {
        PgbenchResult r = PgbenchResult.parse(PGBENCH_15).orElseThrow();
        assertThat(r.tps()).isEqualTo(2057.612345);
        assertThat(r.transactions()).isEqualTo(123456);
        assertThat(r.failed()).isZero();
        assertThat(r.latencyAvgMs()).isEqualTo(15.552);
    }

    @Test
    void readsOlderReportsToo() {
        String old = """
                number of transactions actually processed: 1000
                tps = 950.1 (including connections establishing)
                tps = 990.5 (excluding connections establishing)
                """;
        PgbenchResult r = PgbenchResult.parse(old).orElseThrow();
        assertThat(r.tps()).isEqualTo(990.5);
        assertThat(r.latencyAvgMs()).isNaN();
    }

    @Test
    void findsNothingWithoutATpsLine() {
        assertThat(PgbenchResult.parse("pgbench: error: connection refused")).isEmpty();
    }

    @Test
    void runsOneInsertPerTransactionWithTheRunsClientsAndDuration() {
        assertThat(Pgbench.SCRIPT).startsWith("INSERT INTO " + Pgbench.TABLE).containsOnlyOnce(";");
        assertThat(Pgbench.arguments(32, 2, Duration.ofSeconds(60), Path.of("s.sql")))
                .containsExactly("-n", "-c", "32", "-j", "2", "-T", "60", "-f", "s.sql");
    }
}
