/**
 * How a unit did on a period it owed (报送情况): ON_TIME, LATE, MISSING or OPEN, judged at a given instant from
 * when it filed, and, on a plan that reviews its reports (审核), from what the office accepted or returned
 * ({@link duban.rules.compliance.ReviewState}, {@link duban.rules.compliance.ReviewSetting}). Rule: the only
 * definition of those four states and of which review setting a period falls under.
 */
package duban.rules.compliance;
