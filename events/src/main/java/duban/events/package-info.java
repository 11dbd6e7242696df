/**
 * The one Kafka contract of Duban (督办): every domain event as an immutable record, its stable
 * type name, and the topics. Rule: plain Java and Jackson only; nothing here knows Axon, Quarkus or
 * a database, and a record only ever gains optional fields (a breaking change is a new {@code .v2}
 * type with an upcaster for the stored v1 events).
 */
package duban.events;
