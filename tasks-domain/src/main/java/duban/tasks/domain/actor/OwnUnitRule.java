package duban.tasks.domain.actor;

import duban.events.envelope.Actor;
import duban.tasks.domain.rule.Violation;

/**
 * 本单位报送: what a unit files (reports, corrections, completion and extension requests) is filed by that unit's
 * own clerk, never by a supervisor on its behalf nor by another unit's clerk. The token's unit decides, not the
 * request's body.
 */
public final class OwnUnitRule {

    private OwnUnitRule() {
    }

    /** Refuses unless {@code actor} is the clerk of {@code unitId}. */
    public static void requireClerkOf(String unitId, Actor actor) {
        if (actor == null || !Actor.UNIT.equals(actor.role())) {
            throw Violation.FILED_BY_UNITS_ONLY.because("only the clerk of " + unitId + " may file this, not "
                    + (actor == null ? "an unnamed caller" : "a caller in the role " + actor.role()));
        }
        if (!actor.isClerkOf(unitId)) {
            throw Violation.FOREIGN_UNIT.because("a unit's clerk files for its own unit only: this clerk acts for "
                    + (actor.unitId() == null ? "no unit" : actor.unitId()) + ", not " + unitId);
        }
    }
}
