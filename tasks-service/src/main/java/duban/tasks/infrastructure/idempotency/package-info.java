/**
 * Idempotency-Key: the first answer to each (caller, key) is kept, and a repeat of the same request gets it again
 * and records nothing. Rule: this package owns the {@code idempotency_record} table and is the only one to touch
 * it; a key is claimed before its request runs, in the transaction the request's commands join.
 */
package duban.tasks.infrastructure.idempotency;
