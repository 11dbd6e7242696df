/**
 * A task's progress as the ledger stood at an instant: every unit on it with its standing, signal, latest report and
 * record; every milestone with its state and moves; every target with its shares and attainment, rolled up through
 * groups; the task's signal and reasons. Rule: built from the ledger view by the ledger rules.
 */
package duban.reporting.progress;
