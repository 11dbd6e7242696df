package duban.tasks.task.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How binding a milestone (节点) is, as a request to schedule one names it: the HTTP body's own type, with the
 * values of the {@link duban.events.task.MilestoneCommitment} the milestone's events record.
 */
@Schema(name = "MilestoneCommitmentRequest")
public enum MilestoneCommitment {
    /** Due: missing it is a failure. */
    FIRM,
    /** Worded 力争 / 争取: reported, but not a failure when missed. */
    SOFT
}
