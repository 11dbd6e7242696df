package duban.http.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request its correlation id before anything else runs: the caller's {@code X-Correlation-Id} when it is
 * a plain token of at most 100 characters, else a random UUID. It is kept as a request property ({@link #of}) and in
 * the logging MDC under {@value #MDC_KEY}, so that every log line written while the request runs names it (the JSON
 * log prints the MDC; OpenTelemetry adds {@code traceId} and {@code spanId} beside it).
 */
public class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final String PROPERTY = CorrelationId.class.getName();
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assign(ContainerRequestContext request) {
        String sent = request.getHeaderString(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void clear() {
        MDC.remove(MDC_KEY);
    }

    /** The correlation id given to this request. */
    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? null : id.toString();
    }
}
