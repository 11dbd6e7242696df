/**
 * What the command side tells an operator about itself: the ledger's meters (events stored per type, the publisher's
 * lag behind the store, import durations). Rule: meters only watch; nothing here changes what is stored or sent, and
 * a meter counts a stored event only once its transaction has committed.
 */
package duban.tasks.infrastructure.observability;
