/**
 * The correlation id of a request (the caller's {@code X-Correlation-Id}, or one made up), the same in every service,
 * and its place in the logs. Rule: it names a request for people reading logs and events; nothing decides on it.
 */
package duban.http.correlation;
