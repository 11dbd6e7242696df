/**
 * What every REST resource of tasks-service shares: who is calling, the request's correlation id,
 * and sending commands with that metadata. Rule: resources reach the command side only through
 * {@link duban.tasks.infrastructure.web.Commands}, never through Axon's buses or the event store.
 */
package duban.tasks.infrastructure.web;
