/** REST views of a plan. Rule: reads the plan view builder; never writes. */
package duban.reporting.plan.api;
