/**
 * The monthly bulletin (台账进度通报): which month a period or a milestone counts in, the instant a month's bulletin
 * reads the ledger at, what a unit's month adds up to, and which units it commends and names. Rule: the only
 * definition of these; a bulletin for a closed month is worked out from the events recorded by its cut-off alone.
 */
package duban.rules.bulletin;
