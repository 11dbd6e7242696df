/**
 * Hostile input refused at the edge of every service, before any resource sees it: bodies over the size
 * limit (413, judged from Content-Length before Quarkus's own HTTP limit can answer without a problem
 * document), NUL characters in a path, query or JSON string (400: PostgreSQL cannot store or even compare
 * them in text columns), and JSON followed by more JSON (400). Rule: every refusal is a problem+json answer
 * and happens before any state is touched.
 */
package duban.http.security.input;
