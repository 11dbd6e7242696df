/**
 * Who sends a command, as far as the ledger's rules care: the actor a command carries in its metadata (the token's
 * subject, unit and role, recorded with every event it causes) and the rule that a unit's clerk files only for its
 * own unit. Rule: the metadata keys are defined here once; the app writes them, the aggregates read them.
 */
package duban.tasks.domain.actor;
