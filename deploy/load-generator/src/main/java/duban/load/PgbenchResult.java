package duban.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a pgbench run, read from its report.
 *
 * @param tps           transactions per second, without the initial connection time
 * @param transactions  transactions processed
 * @param failed        failed transactions (0 where pgbench does not report them)
 * @param latencyAvgMs  average latency, NaN when not reported
 */
record PgbenchResult(double tps, long transactions, long failed, double latencyAvgMs) {

    private static final Pattern TPS = Pattern.compile(
            "^tps = ([0-9.]+) \\((?:without initial connection time|excluding connections establishing)\\)",
            Pattern.MULTILINE);
    private static final Pattern ANY_TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** Reads pgbench's standard output; empty when it holds no tps line. */
    static Optional<PgbenchResult> parse(String output) {
        Optional<String> tps = first(TPS, output).or(() -> first(ANY_TPS, output));
        if (tps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PgbenchResult(Double.parseDouble(tps.get()),
                first(PROCESSED, output).map(Long::parseLong).orElse(0L),
                first(FAILED, output).map(Long::parseLong).orElse(0L),
                first(LATENCY, output).map(Double::parseDouble).orElse(Double.NaN)));
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
