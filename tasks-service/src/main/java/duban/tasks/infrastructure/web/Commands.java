package duban.tasks.infrastructure.web;

import duban.tasks.infrastructure.axon.RequestMetadata;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Sends a command on behalf of the caller and waits for the outcome (Axon handling is blocking JDBC), in a span of its
 * own under the request's: the events it causes carry that span's trace context.
 */
@RequestScoped
public class Commands {

    private static final Logger LOG = Logger.getLogger(Commands.class);

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    Tracer tracer;

    public <R> R send(Object command, String idempotencyKey) {
        CommandPermissions.check(command, caller.identity());
        Span span = tracer.spanBuilder("command " + command.getClass().getSimpleName())
                .setAttribute("duban.correlation_id", caller.correlationId()).startSpan();
        try (Scope scope = span.makeCurrent()) {
            var message = GenericCommandMessage.asCommandMessage(command).andMetaData(
                    RequestMetadata.of(caller.actor(), caller.correlationId(), idempotencyKey, caller.receivedAt()));
            LOG.debugf("sending %s", command.getClass().getSimpleName());
            return gateway.sendAndWait(message);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
