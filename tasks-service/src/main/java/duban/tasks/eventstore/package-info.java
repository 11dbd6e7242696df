/**
 * The one gateway to the event store (事件库): the only package that issues SQL on the event table, and the one
 * through which every other package reads stored events.
 *
 * <h2>Two kinds of read, clearly apart</h2>
 * <ul>
 *   <li>{@link duban.tasks.eventstore.StoredEvents}: events as the aggregates read them, always through the
 *       store's own serializer and upcaster chain ({@code StoredEventFormat}), so a query never sees a superseded
 *       version of a contract: one aggregate up to an instant (and its fold, {@link
 *       duban.tasks.eventstore.AggregateFold}), a plan with its tasks, some kinds of event of a plan's tasks, which
 *       aggregates exist. A read of some kinds selects every stored version of their type names
 *       ({@code duban.task.created.v%}) and keeps what the upcasters turn into those kinds; an upcaster that renamed
 *       an event to another name would have to be taught here.</li>
 *   <li>{@link duban.tasks.eventstore.RawEventRows}: the rows exactly as stored, never upcast, with their hashes,
 *       for the audit trail alone. A task's history and the global stream promise an auditor the payload as it
 *       was written; the hash chain covers the stored text, so the verifier and the checkpoint writer need those
 *       very bytes.</li>
 * </ul>
 *
 * <h2>Who else touches the table</h2>
 * Axon's own engine, which loads aggregates and feeds the Kafka publisher, configured with
 * {@link duban.tasks.eventstore.EventTable#NAME}. The append is Axon's too: the chained insert
 * ({@code duban.tasks.audit.chain.ChainedAppendEvents}) is the statement builder Axon's engine calls inside the
 * command's unit of work, on its connection, naming the table through Axon's schema. It stays out of this package
 * on purpose: every append must pass through Axon (sequence conflicts, the aggregate cache, snapshots, the
 * processors that keep the lookup tables in the same transaction), and a writer offered here would invite appends
 * around it; the insert's hash is defined beside the Java hash that checks it. The gateway writes one table, its
 * index of each plan's tasks ({@code plan_task}, {@link duban.tasks.eventstore.PlanTasks}), when the lookup
 * processor asks it to in the command's transaction.
 *
 * <p>Rule: plain JDBC on the Agroal datasource and Axon's engine; no HTTP, no command. No other package
 * names the event table or {@code plan_task}, which a test of the sources checks.
 */
package duban.tasks.eventstore;
