package duban.testing.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The spans a service ended, kept in memory: the tests' trace collector. A service's tests make it a CDI bean
 * ({@code @ApplicationScoped class TestSpans extends CollectedSpans}), which Quarkus takes as a span exporter. Holds
 * the latest {@value #KEPT} at most, as every test of the JVM traces.
 */
public class CollectedSpans implements SpanExporter {

    private static final int KEPT = 20_000;

    private final List<SpanData> spans = new CopyOnWriteArrayList<>();

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> batch) {
        if (spans.size() + batch.size() > KEPT) {
            spans.clear();
        }
        spans.addAll(batch);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** The spans of one trace ended so far. */
    public List<SpanData> ofTrace(String traceId) {
        return spans.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /** The spans ended so far. */
    public List<SpanData> all() {
        return List.copyOf(spans);
    }
}
