package duban.http.security;

import duban.http.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verified caller of this request: subject, role and, for a unit's clerk, its unit. Read from the
 * token only, never from a request body.
 */
@RequestScoped
public class CallerIdentity {

    static final String UNIT_CLAIM = "unit_id";

    @Inject
    SecurityIdentity identity;

    /** Read once a request: every check of a write asks for it. */
    private String role;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The role the caller acts in, or {@code anonymous}. */
    public String role() {
        if (role == null) {
            role = Roles.BY_PRECEDENCE.stream().filter(identity::hasRole).findFirst().orElse("anonymous");
        }
        return role;
    }

    /** The unit of a unit's clerk; empty for every other role. */
    public Optional<String> unitId() {
        if (!Roles.UNIT.equals(role()) || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.<Object>getClaim(UNIT_CLAIM)).map(String::valueOf).filter(id -> !id.isBlank());
    }

    /**
     * Refuses (403) a unit's clerk acting for another unit. Other roles pass: what they may do at all is
     * declared on the endpoint.
     */
    public void requireMayActFor(String unitId) {
        if (!Roles.UNIT.equals(role())) {
            return;
        }
        String own = unitId().orElseThrow(() -> new ProblemException(403, "unit-claim-missing", "Forbidden",
                "a unit's token must name its unit in the " + UNIT_CLAIM + " claim"));
        if (!own.equals(unitId)) {
            throw new ProblemException(403, "foreign-unit", "Forbidden",
                    "a unit's clerk acts for its own unit only");
        }
    }
}
