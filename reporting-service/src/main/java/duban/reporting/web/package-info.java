/** What the REST reads of reporting-service share: reading their query parameters. Rule: no state, no rules. */
package duban.reporting.web;
