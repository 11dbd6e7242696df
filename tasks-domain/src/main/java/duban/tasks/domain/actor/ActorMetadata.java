package duban.tasks.domain.actor;

import duban.events.envelope.Actor;
import org.axonframework.messaging.MetaData;

/** The metadata keys naming a command's actor, which Axon copies from the command to every event it causes. */
public final class ActorMetadata {

    public static final String ACTOR_USER = "actorUser";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String ACTOR_ROLE = "actorRole";

    private ActorMetadata() {
    }

    /** The actor recorded in {@code metaData}; null when it names none. */
    public static Actor actorOf(MetaData metaData) {
        String user = text(metaData, ACTOR_USER);
        String role = text(metaData, ACTOR_ROLE);
        return user == null && role == null ? null : new Actor(user, text(metaData, ACTOR_UNIT), role);
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
