/**
 * The ledger's rules that every service must agree on, each in one place: a task's status
 * ({@link duban.rules.status}), who owes a report for which period ({@link duban.rules.duty}), reporting days and a
 * task's own cadence ({@link duban.rules.period}), obligation states ({@link duban.rules.compliance}),
 * red/yellow/green ({@link duban.rules.rag}), quota attainment ({@link duban.rules.attainment}) and the assessment
 * formula ({@link duban.rules.assessment}). The rules are written for people in {@code docs/rules.md}.
 *
 * <p>Rule: plain Java over the events contract and the working-day calendar; no framework, no clock (the instant
 * to judge at is always a parameter), no I/O. A service never re-derives what is decided here.
 */
package duban.rules;
