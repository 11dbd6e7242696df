/** The working-day calendar and clock as CDI beans. Rule: the only place that loads calendar data. */
package duban.notification.calendar;
