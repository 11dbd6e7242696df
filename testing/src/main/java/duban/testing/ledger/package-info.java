/**
 * The ledger topic as a consuming service's tests feed it: events wrapped and keyed exactly as tasks-service
 * publishes them, sent to a real broker. Rule: records go through the same envelope codec as production, so
 * a consumer is never tested against a shape no producer sends (except on purpose, with the raw sends).
 */
package duban.testing.ledger;
