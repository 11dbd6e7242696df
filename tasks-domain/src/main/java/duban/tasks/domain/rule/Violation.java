package duban.tasks.domain.rule;

import java.util.List;

/**
 * Every business rule a command can break, with its stable code. The {@link Kind} tells the REST layer
 * which HTTP status fits (422, 409 or 403); the code becomes the last segment of the problem type URI.
 */
public enum Violation {

    // --- the command itself is incomplete or malformed (422) ---

    /** A required field is absent or blank; the message names the field. */
    MISSING_FIELD("missing-field", Kind.INVALID_INPUT),
    /** An id (milestone, report, extension request) is already used in this aggregate. */
    DUPLICATE_ID("duplicate-id", Kind.INVALID_INPUT),
    /** The command would change nothing (an amendment or revision with no new value). */
    NO_CHANGE("no-change", Kind.INVALID_INPUT),
    /** A task cannot be its own parent (that the parent exists in the same plan is the app's check). */
    INVALID_PARENT("invalid-parent", Kind.INVALID_INPUT),
    /** A unit is named twice: in one list, or as both lead and co-responsible unit. */
    UNIT_LISTED_TWICE("unit-listed-twice", Kind.INVALID_INPUT),
    /** A task with units needs at least one lead unit (牵头单位). */
    LEAD_UNIT_REQUIRED("lead-unit-required", Kind.INVALID_INPUT),
    /** A unit named in the command is not among the task's lead, co-responsible or allocation-holding units. */
    UNIT_NOT_ON_TASK("unit-not-on-task", Kind.INVALID_INPUT),
    /**
     * Reporting days (报送日) of a plan must be distinct days of the month between 1 and 28 (every month has
     * them); the days of a task's own cadence (每月5日、20日), distinct days between 1 and 31.
     */
    INVALID_REPORTING_DAYS("invalid-reporting-days", Kind.INVALID_INPUT),
    /** The time zone is not an IANA zone id. */
    INVALID_TIME_ZONE("invalid-time-zone", Kind.INVALID_INPUT),
    /** An alias (简称) equals the unit's own name. */
    ALIAS_EQUALS_NAME("alias-equals-name", Kind.INVALID_INPUT),
    /** A unit group (单位组) needs at least one member. */
    EMPTY_UNIT_GROUP("empty-unit-group", Kind.INVALID_INPUT),
    /** A target total or an allocation node is malformed: negative, min above max, not exactly one holder. */
    INVALID_ALLOCATION("invalid-allocation", Kind.INVALID_INPUT),
    /** An allocation names a unit group the directory does not know. */
    UNKNOWN_UNIT_GROUP("unknown-unit-group", Kind.INVALID_INPUT),
    /** Allocations do not add up to the total (or a share to its breakdown) and the mismatch was not accepted. */
    ALLOCATION_MISMATCH("allocation-mismatch", Kind.INVALID_INPUT),
    /** A report counts a target twice, or gives a negative cumulative count. */
    INVALID_COUNT("invalid-count", Kind.INVALID_INPUT),
    /** Attachment metadata needs a name, a size of at least 0 and a lower-case hex SHA-256. */
    INVALID_ATTACHMENT("invalid-attachment", Kind.INVALID_INPUT),
    /** The command names a target this task does not have. */
    UNKNOWN_TARGET("unknown-target", Kind.INVALID_INPUT),
    /**
     * A target is said to be a part of a target (19家,其中…6家) that is not another target of the same task set
     * before, or the relation would make a target a part of itself.
     */
    INVALID_PART_OF("invalid-part-of", Kind.INVALID_INPUT),
    /** The command names a milestone (节点) this task does not have. */
    UNKNOWN_MILESTONE("unknown-milestone", Kind.INVALID_INPUT),
    /** The command names a progress report this task does not have. */
    UNKNOWN_REPORT("unknown-report", Kind.INVALID_INPUT),
    /** The command names an extension request (延期申请) this task does not have. */
    UNKNOWN_EXTENSION_REQUEST("unknown-extension-request", Kind.INVALID_INPUT),
    /** The day is not a reporting period (报送期) of the task's plan, or lies before the task existed. */
    UNKNOWN_PERIOD("unknown-period", Kind.INVALID_INPUT),
    /** An extension must move a milestone to a later day than it is due now. */
    EXTENSION_NOT_LATER("extension-not-later", Kind.INVALID_INPUT),
    /** The day a returned report is to be corrected by lies before the day of the return. */
    CORRECT_BY_BEFORE_RETURN("correct-by-before-return", Kind.INVALID_INPUT),

    // --- the command conflicts with the aggregate's current state (409) ---

    /** The task is completed (办结) or cancelled: it takes no more commands. */
    TASK_CLOSED("task-closed", Kind.STATE_CONFLICT),
    /** The task is suspended and the command needs it running (or it is suspended already). */
    TASK_SUSPENDED("task-suspended", Kind.STATE_CONFLICT),
    /** Only a suspended task can be resumed. */
    TASK_NOT_SUSPENDED("task-not-suspended", Kind.STATE_CONFLICT),
    /** The reporting period has not opened yet: a report cannot run ahead of the calendar. */
    PERIOD_NOT_OPEN("period-not-open", Kind.STATE_CONFLICT),
    /** The unit already reported for this period; a further word is a correction of that report. */
    PERIOD_ALREADY_REPORTED("period-already-reported", Kind.STATE_CONFLICT),
    /** The report was already superseded; correct its latest correction instead. */
    REPORT_SUPERSEDED("report-superseded", Kind.STATE_CONFLICT),
    /** The milestone is done already: it cannot be moved, extended, completed or waived again. */
    MILESTONE_DONE("milestone-done", Kind.STATE_CONFLICT),
    /** A completion request (办结申请) is already waiting for a decision. */
    COMPLETION_ALREADY_REQUESTED("completion-already-requested", Kind.STATE_CONFLICT),
    /** Approval or rejection needs a pending completion request. */
    NO_COMPLETION_REQUEST("no-completion-request", Kind.STATE_CONFLICT),
    /** Completion needs every milestone done or explicitly waived by the approver. */
    MILESTONES_OPEN("milestones-open", Kind.STATE_CONFLICT),
    /** An extension request for this milestone is already waiting for a decision. */
    EXTENSION_ALREADY_REQUESTED("extension-already-requested", Kind.STATE_CONFLICT),
    /** The extension request was already granted or denied. */
    EXTENSION_DECIDED("extension-decided", Kind.STATE_CONFLICT),
    /** The alias is already one of the unit's names. */
    ALIAS_ALREADY_HELD("alias-already-held", Kind.STATE_CONFLICT),
    /** Another unit goes by this name or alias already: a spelling names one unit. */
    UNIT_NAME_TAKEN("unit-name-taken", Kind.STATE_CONFLICT),
    /** The unit acknowledged (签收) its current assignment to the task already. */
    ALREADY_ACKNOWLEDGED("already-acknowledged", Kind.STATE_CONFLICT),
    /** The task's plan does not review its reports: there is nothing to accept or return. */
    REVIEW_OFF("review-off", Kind.STATE_CONFLICT),
    /** The report was accepted or returned already; a returned one is answered by a correction, which is reviewed. */
    ALREADY_REVIEWED("already-reviewed", Kind.STATE_CONFLICT),

    // --- the acting unit has no standing for the command (403) ---

    /** The unit is neither a lead unit of the task nor holds an allocation of one of its targets. */
    NOT_RESPONSIBLE_UNIT("not-responsible-unit", Kind.NOT_PERMITTED),
    /** Only a lead or co-responsible unit (牵头 / 同责单位) is assigned the task and acknowledges it (签收). */
    NOT_ASSIGNED_UNIT("not-assigned-unit", Kind.NOT_PERMITTED),
    /** Only a lead unit (牵头单位) may ask for completion. */
    NOT_LEAD_UNIT("not-lead-unit", Kind.NOT_PERMITTED),
    /** Only the unit that filed a report may correct it. */
    NOT_REPORT_OWNER("not-report-owner", Kind.NOT_PERMITTED),
    /** What a unit files (reports, corrections, requests) is filed by a unit's clerk, never by another role. */
    FILED_BY_UNITS_ONLY("filed-by-units-only", Kind.NOT_PERMITTED),
    /** A unit's clerk files for its own unit only. */
    FOREIGN_UNIT("foreign-unit", Kind.NOT_PERMITTED);

    /** How a violation maps onto HTTP. */
    public enum Kind {
        /** The command is incomplete or names things that do not exist: 422. */
        INVALID_INPUT,
        /** The command is well formed but the aggregate's state forbids it now: 409. */
        STATE_CONFLICT,
        /** The acting unit has no standing for it: 403. */
        NOT_PERMITTED
    }

    private final String code;
    private final Kind kind;

    Violation(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** A violation of this rule with a message naming the offending values. */
    public LedgerRuleViolation because(String message) {
        return new LedgerRuleViolation(this, message, List.of());
    }

    /** A violation of this rule by several fields of the command, each named with what is wrong with it. */
    public LedgerRuleViolation because(String message, List<LedgerRuleViolation.FieldProblem> fields) {
        return new LedgerRuleViolation(this, message, fields);
    }
}
