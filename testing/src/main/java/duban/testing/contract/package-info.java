/**
 * The tests every service passes in the same way, written once: its health, its authorization matrix, its
 * hostile input and, in a consuming service, the continuation of a record's trace. A service's test extends one
 * of these and names only what is its own: its title and readiness checks, its samples, the tables it observes,
 * how many endpoints or requests it has at least.
 *
 * <p>Rule: a contract keeps every assertion of the per-service tests it replaced; what differs between
 * services is an argument, never a copied test. A contract declares no test resources: Quarkus applies every
 * {@code @QuarkusTestResource} of a test module to all of that module's tests, so each service declares its
 * PostgreSQL and broker among its own tests.
 */
package duban.testing.contract;
