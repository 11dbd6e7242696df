/**
 * What every service's API document carries alike besides its problems. Rule: a document's parts that follow a
 * naming rule (operation ids) are derived here at build time, never written on a resource by hand.
 */
package duban.http.openapi;
