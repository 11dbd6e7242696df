/**
 * Real infrastructure without Docker: an Apache Kafka broker in KRaft mode started from the Kafka
 * jars (inside this JVM for tests, or as its own JVM for the local run) and a real PostgreSQL (an
 * embedded PostgreSQL 17, or the machine's own one named by environment variables), plus the Quarkus
 * test resources that share one of each per test JVM.
 *
 * <p>Rule: this package only starts, waits for and stops infrastructure; it knows no Duban domain
 * type and no service's schema. Kafka's internal broker API (anything outside {@code kafka-clients})
 * is used by {@link duban.embedded.KafkaBroker} alone, so a Kafka upgrade touches one class. Every
 * process started here is stopped through its own handle, never by name.
 */
package duban.embedded;
