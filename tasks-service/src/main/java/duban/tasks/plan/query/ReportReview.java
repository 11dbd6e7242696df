package duban.tasks.plan.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a supervisor reviews (审核) a plan's progress reports: OFF until a supervisor requires it. */
@Schema(name = "PlanReportReview", description = "Whether a supervisor reviews (审核) the plan's progress reports")
public enum ReportReview {
    /** Every report is accepted (审核确认) or returned (退回) by a supervisor. */
    REQUIRED,
    /** A filed report counts as filed. */
    OFF;

    static ReportReview of(boolean required) {
        return required ? REQUIRED : OFF;
    }
}
