/** Tables of the schedule view. Rule: written only by the projection. */
package duban.notification.schedule.model;
