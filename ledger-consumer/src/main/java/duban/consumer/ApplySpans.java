package duban.consumer;

import duban.events.envelope.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One consumer span per event applied, a child of the span its record names in the CloudEvents distributed-tracing
 * extension ({@code traceparent}, {@code tracestate}): the write in tasks-service and its application here make one
 * trace. An event without one (tracing was off where it was written) gets a span of its own.
 */
@ApplicationScoped
public class ApplySpans {

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    Tracer tracer;

    /** Starts the spans of applying these events, in their order. */
    public List<Span> start(List<CloudEvent> envelopes) {
        List<Span> spans = new ArrayList<>(envelopes.size());
        for (CloudEvent envelope : envelopes) {
            SpanBuilder span = tracer.spanBuilder("apply " + envelope.type()).setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.message.id", envelope.id());
            if (envelope.globalIndex() != null) {
                span.setAttribute("duban.globalindex", envelope.globalIndex());
            }
            if (envelope.correlationId() != null) {
                span.setAttribute("duban.correlation_id", envelope.correlationId());
            }
            spans.add(span.setParent(parentOf(envelope)).startSpan());
        }
        return spans;
    }

    /** Ends the spans, as failed when {@code failure} is not null (the transaction did not commit). */
    public void end(List<Span> spans, Throwable failure) {
        for (Span span : spans) {
            if (failure != null) {
                span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            }
            span.end();
        }
    }

    private static Context parentOf(CloudEvent envelope) {
        if (envelope.traceparent() == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>(2);
        carrier.put("traceparent", envelope.traceparent());
        if (envelope.tracestate() != null) {
            carrier.put("tracestate", envelope.tracestate());
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER);
    }
}
