/** REST view of a unit's reporting schedule. Rule: reads the schedule tables; never writes. */
package duban.notification.schedule.api;
