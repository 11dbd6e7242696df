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
        PLAN, UNIT, GROUP, TASK, MILESTONE, MILESTONE_DONE, TARGET,
        /** A spelling (风泉区) added to a unit the directory knew under its name (凤泉区). */
        ALIAS;

        /** True when the command creates its aggregate, so an existing aggregate means it was done before. */
        public boolean createsAggregate() {
            return this == PLAN || this == UNIT || this == GROUP || this == TASK;
        }

        /**
         * True when the step belongs to an aggregate the import creates, so it was done with it if that exists. An
         * alias goes to a unit that existed before the import; the script holds it only while the directory lacks
         * the spelling, which keeps it idempotent.
         */
        public boolean doneWithExistingAggregate() {
            return this != ALIAS;
        }
    }
}
