/**
 * Helpers around JTA transactions shared by the command side. Rule: nothing here decides a transaction's
 * outcome; it only lets in-memory copies (caches) follow the outcome the database decided.
 */
package duban.tasks.infrastructure.transaction;
