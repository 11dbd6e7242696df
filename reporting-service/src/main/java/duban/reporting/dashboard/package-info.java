/**
 * The unit dashboard: the tasks a unit (单位) holds as lead or co-responsible unit, each with the
 * unit's latest report. Fed only by ledger events; rebuilt by replaying the topic.
 */
package duban.reporting.dashboard;
