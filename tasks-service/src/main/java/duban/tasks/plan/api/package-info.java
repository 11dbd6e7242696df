/**
 * REST resources for plans (工作方案): registering and amending them, reading one (now or as of an instant), the list,
 * and a plan's task tree. Rule: a resource validates and translates; it sends commands through {@code Commands}
 * and reads through {@code duban.tasks.plan.query}; it never touches Axon's event store or an aggregate.
 */
package duban.tasks.plan.api;
