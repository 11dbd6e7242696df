package duban.tasks.task.command;

/**
 * A command a unit files for itself (reports, corrections, completion and extension requests): the unit
 * it names is the acting unit, so the caller must be that unit's clerk.
 */
public interface UnitFiledCommand {

    /** The unit filing it. */
    String unitId();
}
