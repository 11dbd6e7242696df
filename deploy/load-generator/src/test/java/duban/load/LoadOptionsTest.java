package duban.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    private static LoadOptions parse(String... args) {
        return LoadOptions.parse(List.of(args), Map.of(), Path.of("target"));
    }

    @Test
    void defaultsMatchTheBenchmarkOfTheIssue() {
        LoadOptions o = parse();
        assertThat(o.url()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(o.clients()).isEqualTo(32);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.unitsPerTask()).isEqualTo(50);
        assertThat(o.pgbench()).isFalse();
        assertThat(o.pgbenchThreads()).isEqualTo(2);
        assertThat(o.pgUrl()).isNull();
        assertThat(o.out()).isEqualTo(Path.of("target"));
        assertThat(o.kafka()).isNull();
        assertThat(o.help()).isFalse();
    }

    @Test
    void readsEveryOptionInBothForms() {
        LoadOptions o = parse("--url", "http://tasks:9000/", "--clients=8", "--duration", "2m", "--warmup=0",
                "--max-rate", "500", "--units-per-task", "10", "--timeout", "5s", "--pgbench",
                "--pg-url=postgresql://bench@db:5432/tasks", "--pgbench-threads", "4", "--out", "build/x",
                "--kafka=localhost:9092");
        assertThat(o.kafka()).isEqualTo("localhost:9092");
        assertThat(o.url()).isEqualTo(URI.create("http://tasks:9000"));
        assertThat(o.clients()).isEqualTo(8);
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.warmup()).isZero();
        assertThat(o.maxRate()).isEqualTo(500);
        assertThat(o.unitsPerTask()).isEqualTo(10);
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.pgbench()).isTrue();
        assertThat(o.pgUrl()).isEqualTo("postgresql://bench@db:5432/tasks");
        assertThat(o.pgbenchThreads()).isEqualTo(4);
        assertThat(o.out()).isEqualTo(Path.of("build/x"));
    }

    @Test
    void takesThePostgresUrlFromTheEnvironmentUnlessGiven() {
        Map<String, String> env = Map.of(LoadOptions.PG_URL_VARIABLE, "postgresql://env@h/db");
        assertThat(LoadOptions.parse(List.of("--pgbench"), env, Path.of("t")).pgUrl()).isEqualTo("postgresql://env@h/db");
        assertThat(LoadOptions.parse(List.of("--pg-url", "postgresql://arg@h/db"), env, Path.of("t")).pgUrl())
                .isEqualTo("postgresql://arg@h/db");
    }

    @Test
    void sizesThePairsForWarmupAndMeasurementAtTheExpectedRate() {
        assertThat(parse("--max-rate", "3000", "--warmup", "10s", "--duration", "60s").pairsUpFront())
                .isEqualTo(3000L * 70 + 32);
        assertThat(parse("--max-rate", "100", "--warmup", "0", "--duration", "500ms", "--clients", "2").pairsUpFront())
                .isEqualTo(50 + 2);
    }

    @Test
    void asksForHelp() {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("-h").help()).isTrue();
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> parse("--bogus")).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> parse("--clients")).hasMessageContaining("--clients needs a value");
        assertThatThrownBy(() -> parse("--clients", "--pgbench")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("--clients", "many")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("--clients", "0")).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> parse("--units-per-task", "51")).hasMessageContaining("between 1 and 50");
        assertThatThrownBy(() -> parse("--duration", "0s")).hasMessageContaining("longer than zero");
        assertThatThrownBy(() -> parse("--duration", "soon")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> parse("--url", "ftp://x")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> parse("--pgbench", "--clients", "1", "--pgbench-threads", "2"))
                .hasMessageContaining("--pgbench-threads");
    }
}
