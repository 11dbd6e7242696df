/**
 * The notification service's own meters (Micrometer, scraped at {@code /q/metrics}): reminders sent and sent late,
 * deliveries per channel delivered, failed, retried and still pending, and how long working out a tick takes. Rule:
 * counts what the reminder and delivery packages report to it; decides nothing and is read by no rule.
 */
package duban.notification.metrics;
