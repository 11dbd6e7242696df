/**
 * 签收 as the ledger stood at an instant: each task's assignments followed from its history (creation, reassignments,
 * acknowledgements, completion or cancellation) and judged by {@code duban.rules.acknowledgement} with the plan's
 * settings (configuration). Rule: only views of the history; when an assignment is due and how it stands is the
 * ledger rules' to say, never worked out here.
 */
package duban.view.acknowledgement;
