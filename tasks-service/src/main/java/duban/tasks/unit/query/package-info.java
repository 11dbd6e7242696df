/**
 * Reads of the unit directory (单位名录) for the REST layer: resolving what a request names as a unit to the
 * unit's id. Rule: read-only; it never sends a command and never touches the event store.
 */
package duban.tasks.unit.query;
