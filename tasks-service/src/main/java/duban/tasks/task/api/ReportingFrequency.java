package duban.tasks.task.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How often a task reports its progress (报送频次), as a request to create a task names it: the HTTP body's own
 * type, with the values of the {@link duban.events.task.ReportingFrequency} the task's events record.
 */
@Schema(name = "ReportingFrequencyRequest")
public enum ReportingFrequency {
    /** 每周 / 每星期. */
    WEEKLY,
    /** 每半月 / 半月一报. */
    SEMI_MONTHLY,
    /** 每月, possibly on named days (每月5日、20日). */
    MONTHLY,
    /** 每季度. */
    QUARTERLY;

    /** The frequency as the task's commands take it. */
    duban.events.task.ReportingFrequency recorded() {
        return switch (this) {
            case WEEKLY -> duban.events.task.ReportingFrequency.WEEKLY;
            case SEMI_MONTHLY -> duban.events.task.ReportingFrequency.SEMI_MONTHLY;
            case MONTHLY -> duban.events.task.ReportingFrequency.MONTHLY;
            case QUARTERLY -> duban.events.task.ReportingFrequency.QUARTERLY;
        };
    }
}
