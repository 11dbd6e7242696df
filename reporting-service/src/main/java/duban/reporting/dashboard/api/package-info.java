/** REST view of a unit's dashboard. Rule: reads the dashboard builder; never writes. */
package duban.reporting.dashboard.api;
