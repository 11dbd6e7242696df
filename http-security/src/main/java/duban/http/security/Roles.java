package duban.http.security;

import duban.events.envelope.Actor;
import java.util.List;

/** The roles a token's {@code groups} claim may carry: those an event's actor is recorded with. */
public final class Roles {

    /** 督查室: plans, units, tasks, imports, approvals, extensions, urges. */
    public static final String SUPERVISOR = Actor.SUPERVISOR;
    /** A unit's clerk (claim {@code unit_id}): its own reports and requests, its own dashboard and schedule. */
    public static final String UNIT = Actor.UNIT;
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = Actor.AUDITOR;
    /** Another system: admin endpoints such as rebuilds. */
    public static final String SERVICE = Actor.SERVICE;

    /** A token with several roles acts in the first of these it has. */
    static final List<String> BY_PRECEDENCE = List.of(SUPERVISOR, SERVICE, AUDITOR, UNIT);

    private Roles() {
    }
}
