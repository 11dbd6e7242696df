package duban.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP collector on a free loopback port: what the packaged services' own exporters send, as an operator's
 * collector would receive it. Every span is kept with the {@code service.name} of the process that sent it.
 */
final class TraceCollector implements AutoCloseable {

    /** One span as received: who sent it, where it sits in its trace, and what it says it is. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                        Span.SpanKind kind, Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new ArrayList<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TraceCollector collector = new TraceCollector(server);
        server.createContext("/", collector::receive);
        server.start();
        return collector;
    }

    /** The base URL an exporter is given ({@code quarkus.otel.exporter.otlp.endpoint}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The configuration that turns a packaged service's tracing on and points it here. */
    Map<String, String> serviceConfig() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.endpoint", endpoint(),
                // Exported within a fraction of a second, so that the test waits on spans, not on a timer.
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    synchronized List<ReceivedSpan> ofTrace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    synchronized List<ReceivedSpan> all() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = body(exchange)) {
            if (!exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            keep(ExportTraceServiceRequest.parseFrom(body));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        InputStream body = exchange.getRequestBody();
        return "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(body) : body;
    }

    private synchronized void keep(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = text(resource.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    spans.add(new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()),
                            hex.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind(),
                            text(span.getAttributesList())));
                }
            }
        }
    }

    private static Map<String, String> text(List<KeyValue> attributes) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (KeyValue attribute : attributes) {
            var value = attribute.getValue();
            values.put(attribute.getKey(), value.hasStringValue() ? value.getStringValue()
                    : value.hasIntValue() ? Long.toString(value.getIntValue()) : value.toString().strip());
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
