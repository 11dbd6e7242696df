package duban.load;

/**
 * One (task, lead unit) combination: the unit may report on the task once per reporting period, so
 * each pair carries exactly one report of a run.
 */
record TaskPair(String taskId, String unitId) {
}
