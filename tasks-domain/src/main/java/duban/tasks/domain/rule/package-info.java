/**
 * The one way a command is refused: {@link duban.tasks.domain.rule.LedgerRuleViolation} with a stable
 * {@link duban.tasks.domain.rule.Violation} code, which the REST layer maps to an RFC 9457 problem type.
 * Rule: plain Java; every code once published keeps its spelling and meaning.
 */
package duban.tasks.domain.rule;
