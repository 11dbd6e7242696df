package duban.http.security;

import java.util.List;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {

    /** 督查室: plans, units, tasks, imports, approvals, extensions, urges. */
    public static final String SUPERVISOR = "supervisor";
    /** A unit's clerk (claim {@code unit_id}): its own reports and requests, its own dashboard and schedule. */
    public static final String UNIT = "unit";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Another system: admin endpoints such as rebuilds. */
    public static final String SERVICE = "service";

    /** A token with several roles acts in the first of these it has. */
    static final List<String> BY_PRECEDENCE = List.of(SUPERVISOR, SERVICE, AUDITOR, UNIT);

    private Roles() {
    }
}
