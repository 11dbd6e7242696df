package duban.tasks.infrastructure.web;

import duban.tasks.infrastructure.axon.RequestMetadata;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Sends a command on behalf of the caller and waits for the outcome (Axon handling is blocking JDBC). */
@RequestScoped
public class Commands {

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    public <R> R send(Object command, String idempotencyKey) {
        CommandPermissions.check(command, caller.identity());
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(
                RequestMetadata.of(caller.actor(), caller.correlationId(), idempotencyKey, caller.receivedAt()));
        return gateway.sendAndWait(message);
    }
}
