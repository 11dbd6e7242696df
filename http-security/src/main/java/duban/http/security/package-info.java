/**
 * Who may call what, the same in every service. Bearer JWTs are verified by SmallRye JWT; the role of a
 * caller is one of {@link duban.http.security.Roles}; a unit's clerk acts for the unit of its {@code unit_id}
 * claim only. Rule: every refusal is a problem+json answer (401, 403, 429) and happens before any
 * state is touched; nothing here reads a request body (hostile input is refused in
 * {@link duban.http.security.input}).
 */
package duban.http.security;
