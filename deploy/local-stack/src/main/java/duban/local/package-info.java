/**
 * Runs the whole system on one machine without Docker: PostgreSQL, a KRaft broker and the three
 * services as child processes. Rule: it stops exactly the processes it started (by the handles it
 * holds, or by the process id it recorded and verified), never anything found by name.
 */
package duban.local;
