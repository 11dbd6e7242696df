/**
 * REST view of the delivery log: each delivery of a unit's reminders over every channel. Rule: reads the delivery
 * rows of the unit's own reminders; never writes.
 */
package duban.notification.delivery.api;
