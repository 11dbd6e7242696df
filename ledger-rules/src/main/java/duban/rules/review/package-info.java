/**
 * Review of progress reports (审核确认 / 退回) on a plan that requires it. Rule: the day a returned report is to be
 * corrected by ({@link duban.rules.review.CorrectionDeadline}) is decided here, once, in working days of the shared
 * calendar; the command side fixes it in the event when the report is returned and every reader takes it from
 * there.
 */
package duban.rules.review;
