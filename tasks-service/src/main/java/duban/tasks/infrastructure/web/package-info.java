/**
 * What every REST resource of tasks-service shares: who is calling, the request's correlation id,
 * sending commands with that metadata, and answering a POST or GET with one aggregate's view and its version
 * as ETag. Rule: resources reach the command side only through
 * {@link duban.tasks.infrastructure.web.Commands}, never through Axon's buses or the event store.
 */
package duban.tasks.infrastructure.web;
