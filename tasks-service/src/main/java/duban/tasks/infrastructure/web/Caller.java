package duban.tasks.infrastructure.web;

import duban.events.envelope.Actor;
import duban.http.correlation.CorrelationId;
import duban.http.security.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Who is calling and under which correlation id. The actor (subject, unit, role) comes from the verified
 * bearer token, never from a request body, and is recorded in the metadata of every event.
 */
@RequestScoped
public class Caller {

    static final String CORRELATION_HEADER = CorrelationId.HEADER;

    @Inject
    HttpHeaders headers;

    @Inject
    CallerIdentity identity;

    private final Instant receivedAt = Instant.now();
    private String correlationId;

    public Actor actor() {
        return new Actor(identity.subject(), identity.unitId().orElse(null), identity.role());
    }

    public CallerIdentity identity() {
        return identity;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String correlationId() {
        if (correlationId == null) {
            // The id the request was given on arrival (and logs under), when there is one.
            Object assigned = MDC.get(CorrelationId.MDC_KEY);
            if (assigned != null) {
                correlationId = assigned.toString();
                return correlationId;
            }
            String sent = headers.getHeaderString(CORRELATION_HEADER);
            correlationId = sent != null && sent.matches("[A-Za-z0-9._:-]{1,100}") ? sent : UUID.randomUUID().toString();
        }
        return correlationId;
    }
}
