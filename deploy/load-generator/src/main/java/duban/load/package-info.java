/**
 * A closed-loop load generator for tasks-service: clients that each send one progress report, wait
 * for the answer and send the next, with latencies in an HdrHistogram and, optionally, pgbench's rate
 * for a one-row INSERT on the same machine as the yardstick. {@link duban.load.ReportLoad} is the
 * entry point.
 */
package duban.load;
