package duban.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link ReportLoad}. Options take {@code --name value} or {@code --name=value}.
 *
 * @param url           base URL of tasks-service
 * @param clients       concurrent closed-loop clients (also pgbench's {@code -c})
 * @param duration      the measured phase (also pgbench's {@code -T})
 * @param warmup        an unmeasured phase of the same load before it
 * @param maxRate       the highest rate (reports/s) expected: (task, unit) pairs for warm-up plus
 *                      measurement at this rate are created before either starts
 * @param unitsPerTask  lead units per created task (the service allows 50 at most)
 * @param timeout       how long one request may take before it counts as an error
 * @param pgbench       whether to run pgbench after the HTTP load
 * @param pgUrl         libpq connection URI for pgbench, e.g. {@code postgresql://user@localhost:5432/db};
 *                      from {@value #PG_URL_VARIABLE} when not given; null leaves it to libpq's PG* variables
 * @param pgbenchThreads pgbench's {@code -j}
 * @param out           folder for the histogram file
 * @param identity      the local run's identity folder, whose development key signs the generator's tokens
 * @param kafka         the Kafka bootstrap servers, whose consumer groups' lag on the ledger topic is reported; null
 *                      for none
 * @param help          whether only the usage was asked for
 */
record LoadOptions(URI url, int clients, Duration duration, Duration warmup, int maxRate, int unitsPerTask,
                   Duration timeout, boolean pgbench, String pgUrl, int pgbenchThreads, Path out, Path identity,
                   String kafka, boolean help) {

    static final String PG_URL_VARIABLE = "DUBAN_LOAD_PG_URL";

    static final String USAGE = """
            usage: run [options]
              --url URL             tasks-service base URL (default http://localhost:8081)
              --clients N           concurrent closed-loop clients (default 32)
              --duration D          measured phase, e.g. 60s, 2m (default 60s)
              --warmup D            unmeasured phase before it (default 10s)
              --max-rate R          highest expected reports/s; sizes the pairs created up front (default 3000)
              --units-per-task N    lead units per created task, at most 50 (default 50)
              --timeout D           per request (default 30s)
              --pgbench             also run pgbench (one-row INSERT per transaction) for -T duration, -c clients
              --pg-url URI          PostgreSQL for pgbench (default: $%s, else libpq's PG* variables)
              --pgbench-threads N   pgbench -j (default 2)
              --out DIR             folder for the latency histogram (default target)
              --identity DIR        the local run's identity folder, whose key signs the tokens (default .local/identity)
              --kafka SERVERS       Kafka bootstrap servers: wait for the ledger topic's consumers to catch up with
                                    the setup before measuring, and report how far behind they were at the end
              --help                this text
            """.formatted(PG_URL_VARIABLE);

    /** Parses the arguments; {@code env} supplies {@value #PG_URL_VARIABLE}. */
    static LoadOptions parse(List<String> args, Map<String, String> env, Path defaultOut) {
        URI url = URI.create("http://localhost:8081");
        int clients = 32;
        Duration duration = Duration.ofSeconds(60);
        Duration warmup = Duration.ofSeconds(10);
        int maxRate = 3000;
        int unitsPerTask = 50;
        Duration timeout = Duration.ofSeconds(30);
        boolean pgbench = false;
        String pgUrl = env.get(PG_URL_VARIABLE);
        int pgbenchThreads = 2;
        Path out = defaultOut;
        Path identity = Path.of(System.getProperty("duban.load.identity", ".local/identity"));
        String kafka = null;
        boolean help = false;

        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.poll();
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--pgbench" -> pgbench = true;
                case "--url" -> url = parseUrl(value(name, inline, rest));
                case "--clients" -> clients = positive(name, value(name, inline, rest));
                case "--duration" -> duration = positive(name, DurationText.parse(value(name, inline, rest)));
                case "--warmup" -> warmup = DurationText.parse(value(name, inline, rest));
                case "--max-rate" -> maxRate = positive(name, value(name, inline, rest));
                case "--units-per-task" -> unitsPerTask = between(name, value(name, inline, rest), 1, 50);
                case "--timeout" -> timeout = positive(name, DurationText.parse(value(name, inline, rest)));
                case "--pg-url" -> pgUrl = value(name, inline, rest);
                case "--pgbench-threads" -> pgbenchThreads = positive(name, value(name, inline, rest));
                case "--out" -> out = Path.of(value(name, inline, rest));
                case "--identity" -> identity = Path.of(value(name, inline, rest));
                case "--kafka" -> kafka = value(name, inline, rest);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (pgbench && pgbenchThreads > clients) {
            throw new IllegalArgumentException("--pgbench-threads must not exceed --clients (pgbench refuses it)");
        }
        return new LoadOptions(url, clients, duration, warmup, maxRate, unitsPerTask, timeout, pgbench,
                blankToNull(pgUrl), pgbenchThreads, out, identity, blankToNull(kafka), help);
    }

    /** Pairs to create before the run: enough for warm-up plus measurement at {@link #maxRate()}. */
    long pairsUpFront() {
        double seconds = (warmup.toMillis() + duration.toMillis()) / 1000.0;
        return (long) Math.ceil(maxRate * seconds) + clients;
    }

    private static String value(String name, String inline, Deque<String> rest) {
        if (inline != null) {
            return inline;
        }
        String next = rest.poll();
        if (next == null || next.startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return next;
    }

    private static URI parseUrl(String text) {
        URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--url must be an http(s) URL: " + text);
        }
        return uri;
    }

    private static int positive(String name, String text) {
        return between(name, text, 1, Integer.MAX_VALUE);
    }

    private static int between(String name, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must lie between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    private static Duration positive(String name, Duration duration) {
        if (duration.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than zero");
        }
        return duration;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
