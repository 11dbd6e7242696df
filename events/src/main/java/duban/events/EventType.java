package duban.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name of an event type, such as {@code duban.task.progress-reported.v1}. It is what the
 * event store records as payload type and what the CloudEvents {@code type} attribute carries, so a
 * Java class can be renamed or moved without touching a stored or published event.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
