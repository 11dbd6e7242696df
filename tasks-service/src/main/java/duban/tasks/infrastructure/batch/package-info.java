/**
 * Group commit of writes (成批提交). Rule: every write request of the REST API that changes the ledger runs through
 * {@link duban.tasks.infrastructure.batch.WriteBatches}, which alone begins, commits and rolls back the transaction of
 * a batch; a write is answered only once the transaction that holds it has committed, and a write that fails in a
 * batch is answered from a run of its own, never from a batch that rolled back. Every write on one task runs in that
 * task's lane, and a write that names no task runs while no lane does.
 */
package duban.tasks.infrastructure.batch;
