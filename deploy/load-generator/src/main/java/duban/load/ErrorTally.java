package duban.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Failed requests by kind ({@code HTTP 409}, {@code timeout}, an exception class), with the first answer of each kind. */
final class ErrorTally {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, String> firstSample = new ConcurrentHashMap<>();

    void add(String kind, String sample) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        firstSample.putIfAbsent(kind, JsonBodies.abbreviate(sample));
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts by kind, sorted by kind. */
    Map<String, Long> byKind() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    /** The first answer (or exception message) seen for a kind. */
    String sample(String kind) {
        return firstSample.getOrDefault(kind, "");
    }
}
