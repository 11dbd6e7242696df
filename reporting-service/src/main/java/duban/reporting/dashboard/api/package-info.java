/** REST view of the dashboard. Rule: reads the read model through a session; never writes. */
package duban.reporting.dashboard.api;
