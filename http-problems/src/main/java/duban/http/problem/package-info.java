/**
 * Problem details (RFC 9457) for every error a service answers. Rule: every exception that reaches
 * the HTTP layer becomes a {@link duban.http.problem.Problem} with a stable type URI; an unexpected
 * one becomes a 500 that says nothing of its cause (the cause is logged with the problem's instance
 * id, which the client can quote).
 */
package duban.http.problem;
