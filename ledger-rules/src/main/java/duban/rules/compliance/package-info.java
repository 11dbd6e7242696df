/**
 * How a unit did on a period it owed (报送情况): ON_TIME, LATE, MISSING or OPEN, judged at a given instant from
 * when it first filed. Rule: the only definition of those four states.
 */
package duban.rules.compliance;
