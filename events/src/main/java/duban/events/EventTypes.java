package duban.events;

import duban.events.notification.NotificationEvent;
import duban.events.plan.PlanEvent;
import duban.events.task.TaskEvent;
import duban.events.unit.UnitEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps stable type names to event record classes and back. Built once from the sealed event
 * hierarchy of each aggregate, so every permitted record is known and must carry an
 * {@link EventType} name; a duplicate or missing name fails at class initialisation. The notifications topic's
 * records ({@link NotificationEvent}) have names of their own, kept apart: they are no ledger events.
 */
public final class EventTypes {

    /** One sealed root per aggregate. */
    private static final List<Class<?>> ROOTS = List.of(PlanEvent.class, UnitEvent.class, TaskEvent.class);
    private static final Map<String, Class<? extends LedgerEvent>> BY_NAME;
    private static final Map<Class<?>, String> BY_CLASS;
    private static final Map<String, Class<? extends NotificationEvent>> NOTIFICATIONS_BY_NAME;
    private static final Map<Class<?>, String> NOTIFICATIONS_BY_CLASS;

    static {
        Map<String, Class<? extends LedgerEvent>> byName = new LinkedHashMap<>();
        Map<Class<?>, String> byClass = new LinkedHashMap<>();
        List<Class<? extends LedgerEvent>> all = new ArrayList<>();
        for (Class<?> root : ROOTS) {
            all.addAll(leaves(root));
        }
        for (Class<? extends LedgerEvent> type : all) {
            EventType name = type.getAnnotation(EventType.class);
            if (name == null) {
                throw new IllegalStateException(type.getName() + " has no @EventType name");
            }
            if (byName.put(name.value(), type) != null) {
                throw new IllegalStateException("event type name used twice: " + name.value());
            }
            byClass.put(type, name.value());
        }
        BY_NAME = Collections.unmodifiableMap(byName);
        BY_CLASS = Collections.unmodifiableMap(byClass);
        Map<String, Class<? extends NotificationEvent>> notifications = new LinkedHashMap<>();
        Map<Class<?>, String> notificationClasses = new LinkedHashMap<>();
        for (Class<?> type : NotificationEvent.class.getPermittedSubclasses()) {
            EventType name = type.getAnnotation(EventType.class);
            if (name == null) {
                throw new IllegalStateException(type.getName() + " has no @EventType name");
            }
            if (byName.containsKey(name.value()) || notifications.put(name.value(),
                    type.asSubclass(NotificationEvent.class)) != null) {
                throw new IllegalStateException("event type name used twice: " + name.value());
            }
            notificationClasses.put(type, name.value());
        }
        NOTIFICATIONS_BY_NAME = Collections.unmodifiableMap(notifications);
        NOTIFICATIONS_BY_CLASS = Collections.unmodifiableMap(notificationClasses);
    }

    private EventTypes() {
    }

    /** The stable name of an event or notification class; fails for a class outside the contract. */
    public static String nameOf(Class<?> type) {
        String name = BY_CLASS.getOrDefault(type, NOTIFICATIONS_BY_CLASS.get(type));
        if (name == null) {
            throw new IllegalArgumentException("not an event of the contract: " + type.getName());
        }
        return name;
    }

    /**
     * The aggregate kind of a ledger event's stable name, its second segment ({@code task} of
     * {@code duban.task.created.v1}): what {@link LedgerEvent#aggregateType()} answers for the record of that name.
     */
    public static String aggregateTypeOf(String name) {
        Class<? extends LedgerEvent> type = BY_NAME.get(name);
        if (type == null) {
            throw new IllegalArgumentException("not an event of the contract: " + name);
        }
        int start = name.indexOf('.') + 1;
        return name.substring(start, name.indexOf('.', start));
    }

    /** The record class for a stable name, empty for a name this version does not know. */
    public static Optional<Class<? extends LedgerEvent>> classOf(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static boolean isEvent(Class<?> type) {
        return BY_CLASS.containsKey(type);
    }

    /** Every type name of the contract, in declaration order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The notification record class for a stable name, empty for a name this version does not know. */
    public static Optional<Class<? extends NotificationEvent>> notificationClassOf(String name) {
        return Optional.ofNullable(NOTIFICATIONS_BY_NAME.get(name));
    }

    /** Every type name of the notifications topic. */
    public static List<String> notificationNames() {
        return List.copyOf(NOTIFICATIONS_BY_NAME.keySet());
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends LedgerEvent>> leaves(Class<?> root) {
        List<Class<? extends LedgerEvent>> found = new ArrayList<>();
        Class<?>[] permitted = root.getPermittedSubclasses();
        if (permitted == null) {
            found.add((Class<? extends LedgerEvent>) root);
            return found;
        }
        for (Class<?> sub : permitted) {
            found.addAll(leaves(sub));
        }
        return found;
    }
}
