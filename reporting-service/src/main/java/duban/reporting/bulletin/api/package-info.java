/**
 * REST view of a plan's bulletins (通报) and assessments (考评). Rule: reads {@code Bulletins}; one path per month,
 * its representations chosen by the Accept header or a file suffix; never writes.
 */
package duban.reporting.bulletin.api;
