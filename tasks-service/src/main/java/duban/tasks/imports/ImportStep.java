package duban.tasks.imports;

/**
 * One command of an import, with what it creates: the aggregate (plan, unit, group, task) for a creating
 * command, or the task whose milestone or target it adds.
 *
 * @param aggregateId the aggregate the command creates or changes
 */
public record ImportStep(Kind kind, String aggregateId, Object command) {

    /** What a step creates; the summary counts by it. */
    public enum Kind {
        PLAN, UNIT, GROUP, TASK, MILESTONE, MILESTONE_DONE, TARGET;

        /** True when the command creates its aggregate, so an existing aggregate means it was done before. */
        public boolean createsAggregate() {
            return this == PLAN || this == UNIT || this == GROUP || this == TASK;
        }
    }
}
