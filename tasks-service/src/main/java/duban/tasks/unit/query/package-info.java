/**
 * Reads of the unit directory (单位名录) and unit groups (单位组) for the REST layer: resolving what a request names
 * as a unit to the unit's id, one unit or group as of any instant (folded from its own stored events), the
 * directory as of any instant (from the name claims, which carry the time of the event that claimed each name or
 * alias), the groups (from the phrase and member tables). Every table read here is kept by
 * {@link duban.tasks.lookup.LookupTables} in the transaction of the events, so a read right after a command sees
 * it. Rule: read-only, no SQL: the tables through {@link duban.tasks.lookup.DirectoryTables}, the events through
 * {@link duban.tasks.eventstore.StoredEvents}; it never sends a command.
 */
package duban.tasks.unit.query;
