/**
 * REST resources for plans (工作方案): registering and amending them, reading one (now or as of an instant), the list,
 * and a plan's task tree. Rule: a resource validates and translates; a write is {@code @Idempotent} and hands its
 * command to {@code Writes}, which answers with the plan's view and its version as ETag; reads go through
 * {@code duban.tasks.plan.query}; it never touches Axon's event store or an aggregate. A request body is a record
 * of this package, its enums included: no type of the events contract shapes it.
 */
package duban.tasks.plan.api;
