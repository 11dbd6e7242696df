/**
 * The ledger as it stood at an instant: each task folded from its events recorded by then, and the ledger rules
 * applied to it (standings, duty spans, owed periods and their states, red/yellow/green, quota attainment). Rule:
 * only views of the history, computed by {@code duban.rules}; nothing here is stored and nothing decides a rule.
 */
package duban.view.slice;
