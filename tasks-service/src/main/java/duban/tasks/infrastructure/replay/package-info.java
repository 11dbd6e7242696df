/**
 * Reading one aggregate as of an instant by folding its own stored events, for the query side of every feature.
 * Rule: read-only; a fold only reads events, never loads an aggregate or sends a command.
 */
package duban.tasks.infrastructure.replay;
