package duban.tasks.infrastructure.observability;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C Trace Context ({@code traceparent}, {@code tracestate}) as plain strings, the form in which it travels with
 * a command, is stored with each event and goes out as the CloudEvents tracing extension. Written and read with the
 * W3C propagator only, whatever propagators the service is configured with: the stored form must not change with
 * configuration.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, ?>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, ?> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, ?> carrier, String key) {
            Object value = carrier == null ? null : carrier.get(key);
            return value == null ? null : value.toString();
        }
    };

    private TraceContext() {
    }

    /** The trace context of {@code context} (empty when it has no valid span, e.g. with tracing off). */
    public static Map<String, String> of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier;
    }

    /** The context a {@code traceparent}/{@code tracestate} pair names; the root context when there is none. */
    public static Context from(Map<String, ?> carrier) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER);
    }
}
