/**
 * Real infrastructure without Docker: an Apache Kafka broker in KRaft mode started from the Kafka jars
 * (inside this JVM, or as its own JVM for the local run) and a real PostgreSQL (an embedded PostgreSQL 17, or
 * the machine's own one named by environment variables). The local run and the benchmark start them here;
 * the tests reach them through the Quarkus test resources of the test support, which adapt these launchers.
 *
 * <p>Rule: this package only starts, waits for and stops infrastructure; it knows no Duban domain type, no
 * service's schema and no test framework. Kafka's internal broker API (anything outside
 * {@code kafka-clients}) is used by {@link duban.embedded.KafkaBroker} alone, so a Kafka upgrade touches one
 * class. Every process started here is stopped through its own handle, never by name.
 */
package duban.embedded;
