/**
 * The Quarkus test resources that point a {@code @QuarkusTest} at a real PostgreSQL and a real Kafka broker:
 * one of each per test JVM, shared by every test class and profile, stopped when the JVM exits.
 *
 * <p>Why here and not beside the launchers: these adapters exist only for tests and depend on Quarkus' test
 * API, while the launchers they call ({@code duban.embedded}, in deploy) also start the local run, which must
 * not carry test code. Rule: nothing here starts a process or formats storage itself; it asks the launchers,
 * and only adds what a test JVM needs: sharing across class loaders and quieting the broker's start.
 */
package duban.testing.infrastructure;
