package duban.tasks.infrastructure.web;

import duban.events.envelope.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * Who is calling and under which correlation id. The actor is never read from a request body;
 * until bearer tokens are verified every caller is recorded as anonymous.
 */
@RequestScoped
public class Caller {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Inject
    HttpHeaders headers;

    private final Instant receivedAt = Instant.now();
    private String correlationId;

    public Actor actor() {
        return new Actor("anonymous", null, "anonymous");
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String correlationId() {
        if (correlationId == null) {
            String sent = headers.getHeaderString(CORRELATION_HEADER);
            correlationId = sent != null && sent.matches("[A-Za-z0-9._:-]{1,100}") ? sent : UUID.randomUUID().toString();
        }
        return correlationId;
    }
}
