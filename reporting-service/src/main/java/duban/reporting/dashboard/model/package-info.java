/** Tables of the dashboard read model. Rule: written only by the projection, read only by the API. */
package duban.reporting.dashboard.model;
