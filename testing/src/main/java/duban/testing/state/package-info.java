/**
 * What a refused request must leave as it was, observed in a service's own database. Rule: an observation is
 * a plain value compared before and after a request, read on a connection of its own, so that it sees what
 * was committed and nothing a request still holds open.
 */
package duban.testing.state;
