/**
 * How every service's API document states its error answers. Rule: a resource declares a problem by status and
 * meaning only; {@link duban.http.problem.openapi.ProblemResponsesFilter} alone gives it the problem+json content
 * and the {@code Problem} schema, and adds the problems a family of operations shares
 * ({@link duban.http.problem.openapi.CommonProblems}), so no resource repeats either.
 */
package duban.http.problem.openapi;
