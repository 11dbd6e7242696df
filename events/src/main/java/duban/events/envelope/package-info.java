/**
 * The CloudEvents 1.0 structured JSON envelope in which every event travels on Kafka, and the
 * metadata every event carries. Rule: reading an envelope never fails on a type this version does
 * not know; it only declines to decode its data.
 */
package duban.events.envelope;
