package duban.load;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What one closed-loop phase did.
 *
 * @param latencyMicros latencies of the successful requests, send to complete answer, in microseconds
 * @param ok            requests answered 2xx
 * @param errors        the others
 * @param elapsed       from the start of the first request to the end of the last
 * @param starved       times a client found no unused pair within 100 ms
 */
record PhaseResult(Histogram latencyMicros, long ok, ErrorTally errors, Duration elapsed, long starved) {

    /** Successful requests per second. */
    double throughput() {
        return ok / (elapsed.toNanos() / 1e9);
    }
}
