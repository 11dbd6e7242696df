/**
 * How far the ledger view is and whether it can be trusted: the "Ledger view" readiness check and the
 * {@code duban.ledger.*} meters, alike in every consuming service. Rule: both only read the state the consumer, the
 * lag measure and the follower keep; nothing here changes it.
 */
package duban.view.health;
